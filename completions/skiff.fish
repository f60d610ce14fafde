# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_skiff_global_optspecs
    string join \n root= runroot= n/namespace= D/debug l/log-level= hosts-dir= insecure-registry= storage-driver= h/help
end

function __fish_skiff_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_skiff_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_skiff_using_subcommand
    set -l cmd (__fish_skiff_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c skiff -n "__fish_skiff_needs_command" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_needs_command" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_needs_command" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_needs_command" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "images" -d 'List images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rmi" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "inspect" -d 'Return low-level information on images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "logout" -d 'Log out from a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "version" -d 'Show the skiff version information'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "completion" -d 'Generate the shell completion script'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l platform -d 'Set platform if server is multi-platform capable (os/arch[/variant])' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l max-concurrent-downloads -d 'Number of layers downloaded at once' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s a -l all-tags -d 'Download all tagged images in the repository'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s q -l quiet -d 'Suppress verbose output'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -s q -l quiet -d 'Suppress verbose output'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s f -l filter -d 'Filter output based on conditions provided (dangling, reference, label, before, since)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s f -l force -d 'Force removal of the image'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l no-prune -d 'Do not delete untagged parents'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s f -l format -d 'Format output using a custom template: \'json\' or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l type -d 'Only inspect objects of this type (image)' -r -f -a "image\t''
container\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s s -l size -d 'Display total file sizes if the type is container'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l format -d 'Format output using a custom template' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -f -a "list" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -f -a "remove" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided (dangling, reference, label, before, since)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output based on conditions provided (dangling, reference, label, before, since)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Set platform if server is multi-platform capable (os/arch[/variant])' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l max-concurrent-downloads -d 'Number of layers downloaded at once' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s a -l all-tags -d 'Download all tagged images in the repository'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Suppress verbose output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Suppress verbose output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal of the image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l no-prune -d 'Do not delete untagged parents'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force removal of the image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l no-prune -d 'Do not delete untagged parents'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\' or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images, not just dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Format output using a custom template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s u -l username -d 'Username' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s p -l password -d 'Password' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l password-stdin -d 'Take the password from stdin'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand version" -s f -l format -d 'Format the output using the given Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand version" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s n -l namespace -d 'Namespace that images and containers belong to' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "images" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "rmi" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "inspect" -d 'Return low-level information on images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "logout" -d 'Log out from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "version" -d 'Show the skiff version information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "completion" -d 'Generate the shell completion script'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull push images tag rmi inspect history image login logout version completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "history" -d 'Show the history of an image'
