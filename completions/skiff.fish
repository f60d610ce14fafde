# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_skiff_global_optspecs
    string join \n v/version root= runroot= n/namespace= D/debug runtime= runtime-flag= l/log-level= hosts-dir= insecure-registry= storage-driver= h/help
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
complete -c skiff -n "__fish_skiff_needs_command" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_needs_command" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_needs_command" -s l -l log-level -d 'Logging level (debug, info, warn, error, fatal)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_needs_command" -s v -l version -d 'Print version information and quit'
complete -c skiff -n "__fish_skiff_needs_command" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_needs_command" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "run" -d 'Create and run a new container from an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "create" -d 'Create a new container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "start" -d 'Start one or more stopped containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "logs" -d 'Fetch the logs of a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "kill" -d 'Kill one or more running containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "wait" -d 'Block until one or more containers stop, then print their exit codes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "update" -d 'Update configuration of one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "events" -d 'Get real time events from the engine'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "builder" -d 'Manage builds'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "buildx" -d 'Docker Buildx\'s build and prune, for scripts that call them'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "import" -d 'Import the contents from a tarball to create a filesystem image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "container" -d 'Manage containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "images" -d 'List images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rmi" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "inspect" -d 'Return low-level information on images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "save" -d 'Save one or more images to a tar archive (streamed to STDOUT by default)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "load" -d 'Load an image from a tar archive or STDIN'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "system" -d 'Manage skiff'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "network" -d 'Manage networks'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "volume" -d 'Manage volumes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "mount" -d 'Mount a container\'s root filesystem (none given: list the mounted ones)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unmount" -d 'Unmount containers\' root filesystems mounted with `mount`'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "umount" -d 'Unmount containers\' root filesystems mounted with `mount`'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pod" -d 'Manage pods: containers sharing network, IPC and UTS namespaces'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "namespace" -d 'Manage namespaces (each with its own images, containers and volumes)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "ns" -d 'Manage namespaces (each with its own images, containers and volumes)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "manifest" -d 'Inspect image manifests and manifest lists in a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "search" -d 'Search a registry\'s catalog for images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "logout" -d 'Log out from a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "version" -d 'Show the skiff version information'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "completion" -d 'Generate the shell completion script'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "healthcheck" -d 'Run a container\'s healthcheck once'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "generate" -d 'Generate structured data (systemd units, Kubernetes YAML) for containers and pods'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "kube" -d 'Kubernetes YAML from containers and pods'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "compose" -d 'Define and run multi-container applications (docker compose)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__healthcheck" -d 'Runs one healthcheck probe (started by the container\'s monitor)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__remove-tree" -d 'Deletes a tree from inside the rootless user namespace (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__release-anchor" -d 'Takes a removed network\'s anchor down, holding the network lock it is handed on fd 3 (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__rootless-netns" -d 'Holds the rootless network namespace (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__release-network" -d 'Takes an exited container\'s network down, holding the network lock it is handed on fd 3 (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__keep-id-rootfs" -d 'Re-owns a rootless keep-id container\'s rootfs (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__monitor" -d 'The per-container monitor (started by skiff itself)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "__exec" -d 'Watches a detached exec (started by `exec -d`)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l env-file -d 'Read in a file of environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s l -l label -d 'Set meta data on a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l label-file -d 'Read in a line delimited file of labels' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network -l net -d 'Connect a container to a network (bridge, NAME, none, host, container:NAME|ID); repeat for more networks' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s h -l hostname -d 'Container host name' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l annotation -d 'Add an annotation to the container (passed through to the OCI runtime)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l gpus -d 'GPU devices to add to the container (\'all\' to pass all GPUs)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l link -d 'Add link to another container (legacy: an /etc/hosts entry for it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ip6 -d 'IPv6 address (e.g., 2001:db8::33)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pod -d 'Run the container in an existing pod (its network, IPC and UTS namespaces)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pull -d 'Pull image before running ("always", "missing", "never")' -r -f -a "always\t''
missing\t''
never\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cidfile -d 'Write the container ID to the file' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l stop-signal -d 'Signal to stop the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l stop-timeout -d 'Timeout (in seconds) to stop a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-driver -d 'Logging driver for the container (json-file, k8s-file, none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-opt -d 'Log driver options (max-size=SIZE, max-file=N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l restart -d 'Restart policy to apply when a container exits (no, always, on-failure[:N], unless-stopped)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-cmd -d 'Command to run to check health' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-interval -d 'Time between running the check (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-start-period -d 'Start period for the container to initialize before counting retries (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-start-interval -d 'Time between running the check during the start period (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s v -l volume -d 'Bind mount a volume (SRC:DST[:ro], NAME:DST[:ro] or DST for an anonymous volume)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l volumes-from -d 'Mount volumes from the specified container(s) (CONTAINER[:ro|rw])' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l mount -d 'Attach a filesystem mount (type=bind|volume|tmpfs,source=..,target=..,readonly)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tmpfs -d 'Mount a tmpfs directory (DST[:OPTIONS])' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l shm-size -d 'Size of /dev/shm' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device -d 'Add a host device to the container (HOST[:CONTAINER][:PERMS])' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s p -l publish -d 'Publish a container\'s port(s) to the host ([IP:][HOST:]CONTAINER[/PROTO])' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l expose -d 'Expose a port or a range of ports' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network-alias -l net-alias -d 'Add network-scoped alias for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ip -d 'IPv4 address (e.g., 172.30.100.104)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l mac-address -d 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns -d 'Set custom DNS servers' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns-search -d 'Set custom DNS search domains' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns-option -l dns-opt -d 'Set DNS options' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpus -d 'Number of CPUs' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-quota -d 'Limit CPU CFS (Completely Fair Scheduler) quota' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-period -d 'Limit CPU CFS (Completely Fair Scheduler) period' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s m -l memory -d 'Memory limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory-reservation -d 'Memory soft limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ulimit -d 'Ulimit options (NAME=SOFT[:HARD])' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l oom-score-adj -d 'Tune host\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l blkio-weight -d 'Block IO (relative weight), between 10 and 1000, or 0 to disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l blkio-weight-device -d 'Block IO weight (relative device weight), DEVICE:WEIGHT' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-read-bps -d 'Limit read rate (bytes per second) from a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-write-bps -d 'Limit write rate (bytes per second) to a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-read-iops -d 'Limit read rate (IO per second) from a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-write-iops -d 'Limit write rate (IO per second) to a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l userns -d 'User namespace to use: host, or keep-id[:uid=N,gid=N] (rootless: your ids stay yours inside)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l security-opt -d 'Security Options (seccomp=unconfined|FILE, no-new-privileges)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l group-add -d 'Add additional groups to join' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l sysctl -d 'Sysctl options (NAME=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ipc -d 'IPC mode to use (private, shareable, none, host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pid -d 'PID namespace to use (host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l uts -d 'UTS namespace to use (host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroupns -d 'Cgroup namespace to use (host|private)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l sig-proxy -d 'Proxy received signals to the process' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s q -l quiet -d 'Suppress the pull output'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s i -l interactive -d 'Keep STDIN open even if not attached'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l rm -d 'Automatically remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l read-only -d 'Mount the container\'s root filesystem as read only'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s P -l publish-all -d 'Publish all exposed ports to random ports'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l oom-kill-disable -d 'Disable OOM Killer'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l privileged -d 'Give extended privileges to this container'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l help -d 'Print help (-h is --hostname, as in docker)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s d -l detach -d 'Run container in background and print container ID'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l env-file -d 'Read in a file of environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s l -l label -d 'Set meta data on a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l label-file -d 'Read in a line delimited file of labels' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network -l net -d 'Connect a container to a network (bridge, NAME, none, host, container:NAME|ID); repeat for more networks' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s h -l hostname -d 'Container host name' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l annotation -d 'Add an annotation to the container (passed through to the OCI runtime)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l gpus -d 'GPU devices to add to the container (\'all\' to pass all GPUs)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l link -d 'Add link to another container (legacy: an /etc/hosts entry for it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ip6 -d 'IPv6 address (e.g., 2001:db8::33)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pod -d 'Run the container in an existing pod (its network, IPC and UTS namespaces)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pull -d 'Pull image before running ("always", "missing", "never")' -r -f -a "always\t''
missing\t''
never\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cidfile -d 'Write the container ID to the file' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l stop-signal -d 'Signal to stop the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l stop-timeout -d 'Timeout (in seconds) to stop a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-driver -d 'Logging driver for the container (json-file, k8s-file, none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-opt -d 'Log driver options (max-size=SIZE, max-file=N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l restart -d 'Restart policy to apply when a container exits (no, always, on-failure[:N], unless-stopped)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-cmd -d 'Command to run to check health' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-interval -d 'Time between running the check (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-start-period -d 'Start period for the container to initialize before counting retries (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-start-interval -d 'Time between running the check during the start period (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s v -l volume -d 'Bind mount a volume (SRC:DST[:ro], NAME:DST[:ro] or DST for an anonymous volume)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l volumes-from -d 'Mount volumes from the specified container(s) (CONTAINER[:ro|rw])' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l mount -d 'Attach a filesystem mount (type=bind|volume|tmpfs,source=..,target=..,readonly)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tmpfs -d 'Mount a tmpfs directory (DST[:OPTIONS])' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l shm-size -d 'Size of /dev/shm' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device -d 'Add a host device to the container (HOST[:CONTAINER][:PERMS])' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s p -l publish -d 'Publish a container\'s port(s) to the host ([IP:][HOST:]CONTAINER[/PROTO])' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l expose -d 'Expose a port or a range of ports' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network-alias -l net-alias -d 'Add network-scoped alias for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ip -d 'IPv4 address (e.g., 172.30.100.104)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l mac-address -d 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns -d 'Set custom DNS servers' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns-search -d 'Set custom DNS search domains' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns-option -l dns-opt -d 'Set DNS options' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpus -d 'Number of CPUs' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-quota -d 'Limit CPU CFS (Completely Fair Scheduler) quota' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-period -d 'Limit CPU CFS (Completely Fair Scheduler) period' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s m -l memory -d 'Memory limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory-reservation -d 'Memory soft limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ulimit -d 'Ulimit options (NAME=SOFT[:HARD])' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l oom-score-adj -d 'Tune host\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l blkio-weight -d 'Block IO (relative weight), between 10 and 1000, or 0 to disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l blkio-weight-device -d 'Block IO weight (relative device weight), DEVICE:WEIGHT' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-read-bps -d 'Limit read rate (bytes per second) from a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-write-bps -d 'Limit write rate (bytes per second) to a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-read-iops -d 'Limit read rate (IO per second) from a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-write-iops -d 'Limit write rate (IO per second) to a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l userns -d 'User namespace to use: host, or keep-id[:uid=N,gid=N] (rootless: your ids stay yours inside)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l security-opt -d 'Security Options (seccomp=unconfined|FILE, no-new-privileges)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l group-add -d 'Add additional groups to join' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l sysctl -d 'Sysctl options (NAME=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ipc -d 'IPC mode to use (private, shareable, none, host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pid -d 'PID namespace to use (host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l uts -d 'UTS namespace to use (host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroupns -d 'Cgroup namespace to use (host|private)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s q -l quiet -d 'Suppress the pull output'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s i -l interactive -d 'Keep STDIN open even if not attached'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l rm -d 'Automatically remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l read-only -d 'Mount the container\'s root filesystem as read only'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s P -l publish-all -d 'Publish all exposed ports to random ports'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l oom-kill-disable -d 'Disable OOM Killer'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l privileged -d 'Give extended privileges to this container'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l help -d 'Print help (-h is --hostname, as in docker)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l all -d 'Start every container whose restart policy says it should be running (always, and unless-stopped ones the user did not stop): recovery after a reboot'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s a -l attach -d 'Attach STDOUT/STDERR and forward signals'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s i -l interactive -d 'Attach container\'s STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l format -d 'Format output using a custom template' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s l -l latest -d 'Show the latest created container (includes all states)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s p -l pod -d 'Print the ID and name of the pod each container belongs to'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ls" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ls" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c skiff -n "__fish_skiff_using_subcommand ls" -l format -d 'Format output using a custom template' -r
complete -c skiff -n "__fish_skiff_using_subcommand ls" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ls" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ls" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand ls" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ls" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ls" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ls" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ls" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand ls" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand ls" -s l -l latest -d 'Show the latest created container (includes all states)'
complete -c skiff -n "__fish_skiff_using_subcommand ls" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand ls" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand ls" -s p -l pod -d 'Print the ID and name of the pod each container belongs to'
complete -c skiff -n "__fish_skiff_using_subcommand ls" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s n -l tail -d 'Number of lines to show from the end of the logs ("all" for everything)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l since -d 'Show logs since timestamp (RFC 3339) or relative (e.g. 42m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l until -d 'Show logs before a timestamp (RFC 3339) or relative (e.g. 42m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s f -l follow -d 'Follow log output'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l details -d 'Show extra details provided to logs'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l sig-proxy -d 'Proxy all received signals to the process' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l no-stdin -d 'Do not attach STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l env-file -d 'Read in a file of environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l detach-keys -d 'Override the key sequence for detaching from the command (default ctrl-p,ctrl-q)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s d -l detach -d 'Detached mode: run command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s i -l interactive -d 'Keep STDIN open even if not attached'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l privileged -d 'Give extended privileges to the command'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s s -l signal -d 'Signal to send to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s s -l signal -d 'Signal to send to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s f -l force -d 'Force the removal of a running container (uses SIGKILL)'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s v -l volumes -d 'Remove anonymous volumes associated with the container'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l condition -d 'What to wait for: not-running (default), next-exit, removed (docker\'s API), or running, paused, healthy, unhealthy (podman\'s)' -r -f -a "not-running\t''
next-exit\t''
removed\t''
stopped\t''
exited\t''
running\t''
paused\t''
healthy\t''
unhealthy\t''"
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand top" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l format -d 'Format output using a custom template' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l no-stream -d 'Disable streaming stats and only pull the first result'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpus -d 'Number of CPUs' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-quota -d 'Limit CPU CFS (Completely Fair Scheduler) quota' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-period -d 'Limit CPU CFS (Completely Fair Scheduler) period' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -s m -l memory -d 'Memory limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l memory-reservation -d 'Memory soft limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l ulimit -d 'Ulimit options (NAME=SOFT[:HARD])' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l oom-score-adj -d 'Tune host\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l blkio-weight -d 'Block IO (relative weight), between 10 and 1000, or 0 to disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l blkio-weight-device -d 'Block IO weight (relative device weight), DEVICE:WEIGHT' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-read-bps -d 'Limit read rate (bytes per second) from a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-write-bps -d 'Limit write rate (bytes per second) to a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-read-iops -d 'Limit read rate (IO per second) from a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-write-iops -d 'Limit write rate (IO per second) to a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l restart -d 'Restart policy to apply when a container exits' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l oom-kill-disable -d 'Disable OOM Killer'
complete -c skiff -n "__fish_skiff_using_subcommand update" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand update" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand port" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand port" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand events" -l since -d 'Show all events created since timestamp (RFC 3339, Unix seconds, or a duration like 10m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l until -d 'Stream events until this timestamp' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -s f -l filter -d 'Filter output based on conditions provided (type, event, container, image, label, volume)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l format -d 'Format output using a custom template (\'json\' or a Go template)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand events" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s a -l author -d 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s c -l change -d 'Apply Dockerfile instruction to the created image' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s m -l message -d 'Commit message' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s p -l pause -d 'Pause container during commit' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s t -l tag -d 'Name and optionally a tag (format: "name:tag")' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s f -l file -d 'Name of the Dockerfile (default: "PATH/Dockerfile")' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l build-arg -d 'Set build-time variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l label -d 'Set metadata for an image' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l no-cache-filter -d 'Do not cache specified stages' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l network -d 'Set the networking mode for the RUN instructions during build ("default", "none", "host")' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l secret -d 'Secret to expose to the build (format: "id=mysecret[,src=/local/secret]" or "id=X,env=VAR")' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l add-host -d 'Add a custom host-to-IP mapping ("host:ip")' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l shm-size -d 'Shared memory size for the RUN containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l ulimit -d 'Ulimit options for the RUN containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l target -d 'Set the target build stage to build' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s o -l output -d 'Output destination (format: "type=local,dest=path" or "type=tar,dest=file")' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l iidfile -d 'Write the image ID to the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l progress -d 'Set type of progress output ("auto", "plain", "tty", "quiet")' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l platform -d 'Set target platform for build (only this machine\'s own)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l pull -d 'Always attempt to pull all referenced images'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l no-cache -d 'Do not use cache when building the image'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s q -l quiet -d 'Suppress the build output and print image ID on success'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune build help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune build help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune build help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune build help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune build help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune build help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune build help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune build help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune build help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune build help" -f -a "prune" -d 'Remove build cache'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune build help" -f -a "build" -d 'Build an image from a Dockerfile (as `docker builder build`)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune build help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. "until=24h": cache last used before then)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused build cache, not just dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name and optionally a tag (format: "name:tag")' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -s f -l file -d 'Name of the Dockerfile (default: "PATH/Dockerfile")' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l build-arg -d 'Set build-time variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l label -d 'Set metadata for an image' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l no-cache-filter -d 'Do not cache specified stages' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l network -d 'Set the networking mode for the RUN instructions during build ("default", "none", "host")' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l secret -d 'Secret to expose to the build (format: "id=mysecret[,src=/local/secret]" or "id=X,env=VAR")' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l add-host -d 'Add a custom host-to-IP mapping ("host:ip")' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l shm-size -d 'Shared memory size for the RUN containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l ulimit -d 'Ulimit options for the RUN containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l target -d 'Set the target build stage to build' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -s o -l output -d 'Output destination (format: "type=local,dest=path" or "type=tar,dest=file")' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l progress -d 'Set type of progress output ("auto", "plain", "tty", "quiet")' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l platform -d 'Set target platform for build (only this machine\'s own)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l pull -d 'Always attempt to pull all referenced images'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use cache when building the image'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Suppress the build output and print image ID on success'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove build cache'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image from a Dockerfile (as `docker builder build`)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -f -a "build" -d 'Start a build'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -f -a "prune" -d 'Remove build cache'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and not __fish_seen_subcommand_from build prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name and optionally a tag (format: "name:tag")' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -s f -l file -d 'Name of the Dockerfile (default: "PATH/Dockerfile")' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l build-arg -d 'Set build-time variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l label -d 'Set metadata for an image' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l no-cache-filter -d 'Do not cache specified stages' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l network -d 'Set the networking mode for the RUN instructions during build ("default", "none", "host")' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l secret -d 'Secret to expose to the build (format: "id=mysecret[,src=/local/secret]" or "id=X,env=VAR")' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l add-host -d 'Add a custom host-to-IP mapping ("host:ip")' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l shm-size -d 'Shared memory size for the RUN containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l ulimit -d 'Ulimit options for the RUN containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l target -d 'Set the target build stage to build' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -s o -l output -d 'Output destination (format: "type=local,dest=path" or "type=tar,dest=file")' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l progress -d 'Set type of progress output ("auto", "plain", "tty", "quiet")' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l platform -d 'Set target platform for build (only this machine\'s own)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l pull -d 'Always attempt to pull all referenced images'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use cache when building the image'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Suppress the build output and print image ID on success'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. "until=24h": cache last used before then)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused build cache, not just dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from help" -f -a "build" -d 'Start a build'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove build cache'
complete -c skiff -n "__fish_skiff_using_subcommand buildx; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand export" -s o -l output -d 'Write to a file, instead of STDOUT' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand export" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s c -l change -d 'Apply Dockerfile instruction to the created image' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s m -l message -d 'Set commit message for imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s q -l quiet -d 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s L -l follow-link -d 'Always follow symlinks in SRC_PATH'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "run" -d 'Create and run a new container from an image'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "create" -d 'Create a new container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "start" -d 'Start one or more stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "list" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "logs" -d 'Fetch the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "kill" -d 'Kill one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "remove" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "wait" -d 'Block until one or more containers stop, then print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "inspect" -d 'Display detailed information on one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "prune" -d 'Remove all stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "update" -d 'Update configuration of one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run create start ls ps list logs attach exec stop kill restart rm remove wait inspect pause unpause rename top cp diff prune stats port commit export update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read in a file of environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set meta data on a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l label-file -d 'Read in a line delimited file of labels' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network -l net -d 'Connect a container to a network (bridge, NAME, none, host, container:NAME|ID); repeat for more networks' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Container host name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l annotation -d 'Add an annotation to the container (passed through to the OCI runtime)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l gpus -d 'GPU devices to add to the container (\'all\' to pass all GPUs)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l link -d 'Add link to another container (legacy: an /etc/hosts entry for it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ip6 -d 'IPv6 address (e.g., 2001:db8::33)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pod -d 'Run the container in an existing pod (its network, IPC and UTS namespaces)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'Pull image before running ("always", "missing", "never")' -r -f -a "always\t''
missing\t''
never\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cidfile -d 'Write the container ID to the file' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-signal -d 'Signal to stop the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-timeout -d 'Timeout (in seconds) to stop a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Logging driver for the container (json-file, k8s-file, none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'Log driver options (max-size=SIZE, max-file=N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy to apply when a container exits (no, always, on-failure[:N], unless-stopped)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-cmd -d 'Command to run to check health' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-interval -d 'Time between running the check (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-period -d 'Start period for the container to initialize before counting retries (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-interval -d 'Time between running the check during the start period (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount a volume (SRC:DST[:ro], NAME:DST[:ro] or DST for an anonymous volume)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount volumes from the specified container(s) (CONTAINER[:ro|rw])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Attach a filesystem mount (type=bind|volume|tmpfs,source=..,target=..,readonly)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'Mount a tmpfs directory (DST[:OPTIONS])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l shm-size -d 'Size of /dev/shm' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device -d 'Add a host device to the container (HOST[:CONTAINER][:PERMS])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port(s) to the host ([IP:][HOST:]CONTAINER[/PROTO])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port or a range of ports' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -l net-alias -d 'Add network-scoped alias for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'IPv4 address (e.g., 172.30.100.104)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'Set custom DNS servers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'Set custom DNS search domains' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-option -l dns-opt -d 'Set DNS options' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpus -d 'Number of CPUs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-quota -d 'Limit CPU CFS (Completely Fair Scheduler) quota' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-period -d 'Limit CPU CFS (Completely Fair Scheduler) period' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s m -l memory -d 'Memory limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-reservation -d 'Memory soft limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ulimit -d 'Ulimit options (NAME=SOFT[:HARD])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-score-adj -d 'Tune host\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight -d 'Block IO (relative weight), between 10 and 1000, or 0 to disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight-device -d 'Block IO weight (relative device weight), DEVICE:WEIGHT' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-bps -d 'Limit read rate (bytes per second) from a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-bps -d 'Limit write rate (bytes per second) to a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-iops -d 'Limit read rate (IO per second) from a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-iops -d 'Limit write rate (IO per second) to a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace to use: host, or keep-id[:uid=N,gid=N] (rootless: your ids stay yours inside)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l security-opt -d 'Security Options (seccomp=unconfined|FILE, no-new-privileges)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l group-add -d 'Add additional groups to join' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l sysctl -d 'Sysctl options (NAME=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ipc -d 'IPC mode to use (private, shareable, none, host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pid -d 'PID namespace to use (host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l uts -d 'UTS namespace to use (host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroupns -d 'Cgroup namespace to use (host|private)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l sig-proxy -d 'Proxy received signals to the process' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Suppress the pull output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep STDIN open even if not attached'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Automatically remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Mount the container\'s root filesystem as read only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish all exposed ports to random ports'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-kill-disable -d 'Disable OOM Killer'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give extended privileges to this container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help (-h is --hostname, as in docker)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run container in background and print container ID'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read in a file of environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set meta data on a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l label-file -d 'Read in a line delimited file of labels' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network -l net -d 'Connect a container to a network (bridge, NAME, none, host, container:NAME|ID); repeat for more networks' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Container host name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l annotation -d 'Add an annotation to the container (passed through to the OCI runtime)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l gpus -d 'GPU devices to add to the container (\'all\' to pass all GPUs)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l link -d 'Add link to another container (legacy: an /etc/hosts entry for it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ip6 -d 'IPv6 address (e.g., 2001:db8::33)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pod -d 'Run the container in an existing pod (its network, IPC and UTS namespaces)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'Pull image before running ("always", "missing", "never")' -r -f -a "always\t''
missing\t''
never\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cidfile -d 'Write the container ID to the file' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-signal -d 'Signal to stop the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-timeout -d 'Timeout (in seconds) to stop a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Logging driver for the container (json-file, k8s-file, none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'Log driver options (max-size=SIZE, max-file=N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy to apply when a container exits (no, always, on-failure[:N], unless-stopped)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-cmd -d 'Command to run to check health' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-interval -d 'Time between running the check (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-period -d 'Start period for the container to initialize before counting retries (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-interval -d 'Time between running the check during the start period (ms|s|m|h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind mount a volume (SRC:DST[:ro], NAME:DST[:ro] or DST for an anonymous volume)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount volumes from the specified container(s) (CONTAINER[:ro|rw])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Attach a filesystem mount (type=bind|volume|tmpfs,source=..,target=..,readonly)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a tmpfs directory (DST[:OPTIONS])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l shm-size -d 'Size of /dev/shm' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device -d 'Add a host device to the container (HOST[:CONTAINER][:PERMS])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a container\'s port(s) to the host ([IP:][HOST:]CONTAINER[/PROTO])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port or a range of ports' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -l net-alias -d 'Add network-scoped alias for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'IPv4 address (e.g., 172.30.100.104)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'Set custom DNS servers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'Set custom DNS search domains' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-option -l dns-opt -d 'Set DNS options' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpus -d 'Number of CPUs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-quota -d 'Limit CPU CFS (Completely Fair Scheduler) quota' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-period -d 'Limit CPU CFS (Completely Fair Scheduler) period' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s m -l memory -d 'Memory limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-reservation -d 'Memory soft limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ulimit -d 'Ulimit options (NAME=SOFT[:HARD])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-score-adj -d 'Tune host\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight -d 'Block IO (relative weight), between 10 and 1000, or 0 to disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight-device -d 'Block IO weight (relative device weight), DEVICE:WEIGHT' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-bps -d 'Limit read rate (bytes per second) from a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-bps -d 'Limit write rate (bytes per second) to a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-iops -d 'Limit read rate (IO per second) from a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-iops -d 'Limit write rate (IO per second) to a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace to use: host, or keep-id[:uid=N,gid=N] (rootless: your ids stay yours inside)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l security-opt -d 'Security Options (seccomp=unconfined|FILE, no-new-privileges)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l group-add -d 'Add additional groups to join' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l sysctl -d 'Sysctl options (NAME=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ipc -d 'IPC mode to use (private, shareable, none, host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pid -d 'PID namespace to use (host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l uts -d 'UTS namespace to use (host)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroupns -d 'Cgroup namespace to use (host|private)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Suppress the pull output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep STDIN open even if not attached'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Automatically remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the container\'s root filesystem as read only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish all exposed ports to random ports'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-kill-disable -d 'Disable OOM Killer'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give extended privileges to this container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run an init inside the container that forwards signals and reaps processes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help (-h is --hostname, as in docker)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l all -d 'Start every container whose restart policy says it should be running (always, and unless-stopped ones the user did not stop): recovery after a reboot'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach STDOUT/STDERR and forward signals'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Attach container\'s STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Show the latest created container (includes all states)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s p -l pod -d 'Print the ID and name of the pod each container belongs to'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l format -d 'Format output using a custom template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Show the latest created container (includes all states)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s p -l pod -d 'Print the ID and name of the pod each container belongs to'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s l -l latest -d 'Show the latest created container (includes all states)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s p -l pod -d 'Print the ID and name of the pod each container belongs to'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs ("all" for everything)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since timestamp (RFC 3339) or relative (e.g. 42m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a timestamp (RFC 3339) or relative (e.g. 42m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l details -d 'Show extra details provided to logs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Proxy all received signals to the process' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not attach STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l env-file -d 'Read in a file of environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l detach-keys -d 'Override the key sequence for detaching from the command (default ctrl-p,ctrl-q)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Detached mode: run command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep STDIN open even if not attached'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give extended privileges to the command'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s s -l signal -d 'Signal to send to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s s -l signal -d 'Signal to send to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force the removal of a running container (uses SIGKILL)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove anonymous volumes associated with the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force the removal of a running container (uses SIGKILL)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s v -l volumes -d 'Remove anonymous volumes associated with the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l condition -d 'What to wait for: not-running (default), next-exit, removed (docker\'s API), or running, paused, healthy, unhealthy (podman\'s)' -r -f -a "not-running\t''
next-exit\t''
removed\t''
stopped\t''
exited\t''
running\t''
paused\t''
healthy\t''
unhealthy\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\' or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s q -l quiet -d 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Always follow symlinks in SRC_PATH'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (until=DURATION, label=KEY[=VALUE])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l format -d 'Format output using a custom template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-stream -d 'Disable streaming stats and only pull the first result'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply Dockerfile instruction to the created image' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Commit message' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause container during commit' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a file, instead of STDOUT' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpus -d 'Number of CPUs' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-quota -d 'Limit CPU CFS (Completely Fair Scheduler) quota' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-period -d 'Limit CPU CFS (Completely Fair Scheduler) period' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -s m -l memory -d 'Memory limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-reservation -d 'Memory soft limit' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l ulimit -d 'Ulimit options (NAME=SOFT[:HARD])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l oom-score-adj -d 'Tune host\'s OOM preferences (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l blkio-weight -d 'Block IO (relative weight), between 10 and 1000, or 0 to disable' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l blkio-weight-device -d 'Block IO weight (relative device weight), DEVICE:WEIGHT' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l device-read-bps -d 'Limit read rate (bytes per second) from a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l device-write-bps -d 'Limit write rate (bytes per second) to a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l device-read-iops -d 'Limit read rate (IO per second) from a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l device-write-iops -d 'Limit write rate (IO per second) to a device, DEVICE:RATE' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l restart -d 'Restart policy to apply when a container exits' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l oom-kill-disable -d 'Disable OOM Killer'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "run" -d 'Create and run a new container from an image'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start one or more stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Fetch the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Kill one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Block until one or more containers stop, then print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove all stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update configuration of one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l platform -d 'Set platform if server is multi-platform capable (os/arch[/variant])' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l max-concurrent-downloads -d 'Number of layers downloaded at once' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s a -l all-tags -d 'Download all tagged images in the repository'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s q -l quiet -d 'Suppress verbose output'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s f -l force -d 'Force removal of the image'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l no-prune -d 'Do not delete untagged parents'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s f -l format -d 'Format output using a custom template: \'json\' or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l type -d 'Only inspect objects of this type' -r -f -a "container\t''
image\t''
network\t''
volume\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s o -l output -d 'Write to a file, instead of STDOUT (a directory for --format oci-dir)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l format -d 'Archive format: docker-archive (also loads as OCI), oci-archive or oci-dir' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l platform -d 'Save only the given platform(s), comma-separated os[/arch[/variant]]' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l all-platforms -d 'Save every platform of a multi-platform image that the store holds'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s i -l input -d 'Read from tar archive file (or an OCI layout directory), instead of STDIN' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l platform -d 'Load only the given platform variant (os[/arch[/variant]])' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -s q -l quiet -d 'Suppress the load output'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "list" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "remove" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "save" -d 'Save one or more images to a tar archive (streamed to STDOUT by default)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "load" -d 'Load an image from a tar archive or STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "import" -d 'Import the contents from a tarball to create a filesystem image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "check" -d 'Check that images\' blobs are present and intact and their layers unpacked'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "mount" -d 'Mount an image\'s root filesystem read-only (none given: list the mounted ones)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "unmount" -d 'Unmount images mounted with `image mount`'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "umount" -d 'Unmount images mounted with `image mount`'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull push rm remove tag inspect prune history save load import build check mount unmount umount help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided (dangling, reference, label, before, since)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s a -l all-tags -d 'Download all tagged images in the repository'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Suppress verbose output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Suppress verbose output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal of the image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l no-prune -d 'Do not delete untagged parents'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force removal of the image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l no-prune -d 'Do not delete untagged parents'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\' or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. \'until=<timestamp>\', \'label=<key>=<value>\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
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
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to a file, instead of STDOUT (a directory for --format oci-dir)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Archive format: docker-archive (also loads as OCI), oci-archive or oci-dir' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l platform -d 'Save only the given platform(s), comma-separated os[/arch[/variant]]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l all-platforms -d 'Save every platform of a multi-platform image that the store holds'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from tar archive file (or an OCI layout directory), instead of STDIN' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l platform -d 'Load only the given platform variant (os[/arch[/variant]])' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Suppress the load output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply Dockerfile instruction to the created image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Set commit message for imported image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name and optionally a tag (format: "name:tag")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'Name of the Dockerfile (default: "PATH/Dockerfile")' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'Set build-time variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l label -d 'Set metadata for an image' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache-filter -d 'Do not cache specified stages' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l network -d 'Set the networking mode for the RUN instructions during build ("default", "none", "host")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l secret -d 'Secret to expose to the build (format: "id=mysecret[,src=/local/secret]" or "id=X,env=VAR")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l add-host -d 'Add a custom host-to-IP mapping ("host:ip")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l shm-size -d 'Shared memory size for the RUN containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l ulimit -d 'Ulimit options for the RUN containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Set the target build stage to build' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s o -l output -d 'Output destination (format: "type=local,dest=path" or "type=tar,dest=file")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to the file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l progress -d 'Set type of progress output ("auto", "plain", "tty", "quiet")' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l platform -d 'Set target platform for build (only this machine\'s own)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l pull -d 'Always attempt to pull all referenced images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use cache when building the image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Suppress the build output and print image ID on success'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from check" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from check" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from check" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from check" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from check" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from check" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from check" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from check" -s a -l all -d 'Check every image (the default without IMAGE)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only the ready image refs (fully downloaded and unpacked)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from check" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from mount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -s a -l all -d 'Unmount every mounted image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from unmount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -s a -l all -d 'Unmount every mounted image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from umount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save one or more images to a tar archive (streamed to STDOUT by default)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "load" -d 'Load an image from a tar archive or STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import the contents from a tarball to create a filesystem image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check that images\' blobs are present and intact and their layers unpacked'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "mount" -d 'Mount an image\'s root filesystem read-only (none given: list the mounted ones)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "unmount" -d 'Unmount images mounted with `image mount`'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand info" -s f -l format -d 'Format output using a custom template: \'json\' or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand info" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -f -a "df" -d 'Show skiff disk usage'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -f -a "prune" -d 'Remove unused data'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -f -a "reset" -d 'Stop and remove everything of the store: containers, images, networks, volumes'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -f -a "events" -d 'Get real time events from the engine'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -f -a "check" -d 'Check the store for damage and leftovers (and repair what can safely be)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s f -l format -d 'Format output using a custom template: \'json\' or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Show detailed information on space usage'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. \'label=<key>=<value>\', \'until=24h\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images not just dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Prune anonymous volumes'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l since -d 'Show all events created since timestamp (RFC 3339, Unix seconds, or a duration like 10m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l until -d 'Stream events until this timestamp' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -s f -l filter -d 'Filter output based on conditions provided (type, event, container, image, label, volume)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l format -d 'Format output using a custom template (\'json\' or a Go template)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s r -l repair -d 'Repair what can safely be: unpack layers again, remove damaged images, leftovers and stale locks'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s f -l force -d 'With --repair, also remove containers (broken ones, and those of damaged images)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "df" -d 'Show skiff disk usage'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove unused data'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Stop and remove everything of the store: containers, images, networks, volumes'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "events" -d 'Get real time events from the engine'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the store for damage and leftovers (and repair what can safely be)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -f -a "create" -d 'Create a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -f -a "list" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -f -a "rm" -d 'Remove one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -f -a "remove" -d 'Remove one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -f -a "prune" -d 'Remove all unused networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -f -a "connect" -d 'Connect a container to a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Driver to manage the Network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR format that represents a network segment' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'IPv4 Gateway for the master subnet' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ip-range -d 'Allocate container ip from a sub-range' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'Set metadata on a network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'Set driver specific options' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'Restrict external access to the network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Provide filter values (e.g. \'driver=bridge\'): driver, id, label, name, scope, type, dangling' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display network IDs'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate the output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Provide filter values (e.g. \'driver=bridge\'): driver, id, label, name, scope, type, dangling' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display network IDs'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate the output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\' or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Do not error if the network does not exist'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'Do not error if the network does not exist'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (until=DURATION, label=KEY[=VALUE])' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Add network-scoped alias for the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'IPv4 address (e.g., 172.30.100.104)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Force the container to disconnect from a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove all unused networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "connect" -d 'Connect a container to a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -f -a "list" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -f -a "inspect" -d 'Display detailed information on one or more volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -f -a "rm" -d 'Remove one or more volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -f -a "remove" -d 'Remove one or more volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -f -a "prune" -d 'Remove unused local volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l name -d 'Specify volume name' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'Specify volume driver name' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata for a volume' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Set driver specific options (type, device, o)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Provide filter values (e.g. \'dangling=true\'): dangling, name, driver, label' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display volume names'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l filter -d 'Provide filter values (e.g. \'dangling=true\'): dangling, name, driver, label' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display volume names'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\' or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force the removal of one or more volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force the removal of one or more volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. \'label=<label>\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused volumes, not just anonymous ones'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on one or more volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove unused local volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand mount" -l no-trunc -l notruncate -d 'Do not truncate IDs in the list'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand mount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand unmount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s a -l all -d 'Unmount every mounted container'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand umount" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "create" -d 'Create a new empty pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "ps" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "ls" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "list" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "inspect" -d 'Display a pod\'s configuration'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "start" -d 'Start one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "stop" -d 'Stop one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "restart" -d 'Restart one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "kill" -d 'Send a signal to the containers of one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "pause" -d 'Pause the containers of one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "unpause" -d 'Unpause the containers of one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "rm" -d 'Remove one or more stopped pods and their containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "prune" -d 'Remove all stopped pods and their containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "top" -d 'Display the running processes of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "logs" -d 'Fetch the logs of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "stats" -d 'Display a live stream of the resource usage of pods\' containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm prune top logs stats help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s n -l name -d 'Assign a name to the pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port of the pod to the host' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l network -d 'Connect the pod to a network' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l hostname -d 'The pod\'s hostname (default: its name)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l share -d 'Namespaces the pod\'s containers share (ipc, net, uts)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra -d 'Create an infra container (skiff\'s pods always have one)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns -d 'Set custom DNS servers' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l format -d 'Pretty-print pods using a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print the pods\' IDs only'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l format -d 'Pretty-print pods using a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print the pods\' IDs only'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l format -d 'Pretty-print pods using a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print the pods\' IDs only'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output using a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait before killing the containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s t -l time -d 'Seconds to wait before killing the containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send to the containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s f -l force -d 'Stop and remove running pods too'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of each container\'s logs' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l format -d 'Format output using a custom template' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l no-stream -d 'Disable streaming stats and only pull the first result'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new empty pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "ps" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display a pod\'s configuration'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Send a signal to the containers of one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause the containers of one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Unpause the containers of one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more stopped pods and their containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove all stopped pods and their containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "top" -d 'Display the running processes of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Fetch the logs of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Display a live stream of the resource usage of pods\' containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "ls" -d 'List namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "list" -d 'List namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "create" -d 'Create a new namespace'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "inspect" -d 'Display detailed information on one or more namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "update" -d 'Update labels for a namespace'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "rm" -d 'Remove one or more empty namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "remove" -d 'Remove one or more empty namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l format -d 'Format the output using the given Go template, e.g. \'{{json .}}\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display namespace names'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from list" -l format -d 'Format the output using the given Go template, e.g. \'{{json .}}\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from list" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from list" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from list" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from list" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from list" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from list" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display namespace names'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from list" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from create" -l label -d 'Set labels for a namespace' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from create" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from create" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from create" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from create" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from create" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from create" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output using the given Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from inspect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from inspect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from inspect" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from inspect" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from inspect" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from inspect" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from update" -l label -d 'Set labels for a namespace' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from update" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from update" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from update" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from update" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from update" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from update" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from update" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from update" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from remove" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from remove" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from remove" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from remove" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from remove" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from remove" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from remove" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from remove" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new namespace'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on one or more namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update labels for a namespace'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more empty namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "ls" -d 'List namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "list" -d 'List namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "create" -d 'Create a new namespace'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "inspect" -d 'Display detailed information on one or more namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "update" -d 'Update labels for a namespace'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "rm" -d 'Remove one or more empty namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "remove" -d 'Remove one or more empty namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and not __fish_seen_subcommand_from ls list create inspect update rm remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from ls" -l format -d 'Format the output using the given Go template, e.g. \'{{json .}}\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from ls" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from ls" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from ls" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from ls" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from ls" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from ls" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display namespace names'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from list" -l format -d 'Format the output using the given Go template, e.g. \'{{json .}}\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from list" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from list" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from list" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from list" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from list" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from list" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from list" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display namespace names'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from list" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from create" -l label -d 'Set labels for a namespace' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from create" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from create" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from create" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from create" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from create" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from create" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output using the given Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from inspect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from inspect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from inspect" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from inspect" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from inspect" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from inspect" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from update" -l label -d 'Set labels for a namespace' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from update" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from update" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from update" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from update" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from update" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from update" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from update" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from update" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from rm" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from rm" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from rm" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from rm" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from rm" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from rm" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from remove" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from remove" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from remove" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from remove" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from remove" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from remove" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from remove" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from remove" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new namespace'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on one or more namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update labels for a namespace'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more empty namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -f -a "inspect" -d 'Display an image manifest, or manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -f -a "create" -d 'Create a local manifest list for annotating and pushing to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -f -a "push" -d 'Push a manifest list to a repository'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -f -a "rm" -d 'Delete one or more manifest lists from local storage'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from inspect create push rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l insecure -d 'Allow communication with an insecure registry'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -s a -l amend -d 'Amend an existing manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l insecure -d 'Allow communication with an insecure registry'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -s p -l purge -d 'Remove the local manifest list after push'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l insecure -d 'Allow push to an insecure registry'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display an image manifest, or manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a local manifest list for annotating and pushing to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push a manifest list to a repository'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete one or more manifest lists from local storage'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l limit -d 'Max number of search results' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l format -d 'Pretty-print search using a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand search" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand search" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s u -l username -d 'Username' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s p -l password -d 'Password' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l password-stdin -d 'Take the password from stdin'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand version" -s f -l format -d 'Format the output using the given Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand version" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand completion" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "run" -d 'Run the healthcheck of a container now (podman\'s healthcheck run)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the healthcheck of a container now (podman\'s healthcheck run)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -f -a "systemd" -d 'Print a systemd unit that starts and stops a container'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -f -a "kube" -d 'Generate Kubernetes YAML for containers and pods'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s t -l time -d 'Stop timeout in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s t -l type -d 'The workload kind: pod or deployment' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s r -l replicas -d 'Replicas of a deployment' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s f -l filename -d 'Write the YAML to this file (which must not exist) instead of stdout' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s s -l service -d 'Also generate a Service for the published ports (hostPort left out)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "systemd" -d 'Print a systemd unit that starts and stops a container'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "kube" -d 'Generate Kubernetes YAML for containers and pods'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "generate" -d 'Generate Kubernetes YAML for containers and pods'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "play" -d 'Create pods and containers from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "down" -d 'Stop and remove the pods Kubernetes YAML describes'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s t -l type -d 'The workload kind: pod or deployment' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s r -l replicas -d 'Replicas of a deployment' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s f -l filename -d 'Write the YAML to this file (which must not exist) instead of stdout' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s s -l service -d 'Also generate a Service for the published ports (hostPort left out)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l start -d 'Start the pods (false: create only)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l publish -d 'Publish a container port ([ip:]hostPort:containerPort[/proto]), over the YAML\'s' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l network -d 'The network the pods join (default: skiff-default-kube-network, made if missing)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l replace -d 'Replace pods of the same names'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l down -d 'Tear down what the YAML describes instead (as kube down)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l strict -d 'Refuse fields skiff does not read, instead of warning'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -s q -l quiet -d 'Print nothing but errors'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l publish-all -d 'Publish container ports without a hostPort too, on the same host port'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l force -d 'Also remove the volumes the YAML\'s claims name'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Generate Kubernetes YAML for containers and pods'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "play" -d 'Create pods and containers from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "down" -d 'Stop and remove the pods Kubernetes YAML describes'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -s f -l file -d 'Compose configuration files' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -s p -l project-name -d 'Project name' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -l project-directory -d 'Specify an alternate working directory (default: the path of the first Compose file)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -l env-file -d 'Specify an alternate environment file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -l profile -d 'Specify a profile to enable' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -l progress -d 'Set type of progress output (auto, tty, plain, json, quiet)' -r -f -a "auto\t''
tty\t''
plain\t''
json\t''
quiet\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "up" -d 'Create and start containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "build" -d 'Build or rebuild services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "down" -d 'Stop and remove containers, networks'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "logs" -d 'View output from containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "run" -d 'Run a one-off command on a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "start" -d 'Start services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "stop" -d 'Stop services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "restart" -d 'Restart service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "kill" -d 'Force stop service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "rm" -d 'Removes stopped service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "create" -d 'Creates containers for a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "pause" -d 'Pause services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "unpause" -d 'Unpause services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "port" -d 'Print the public port for a port binding'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "top" -d 'Display the running processes'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "images" -d 'List images used by the created containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "pull" -d 'Pull service images'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "wait" -d 'Block until containers of all (or specified) services stop'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "scale" -d 'Scale services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "cp" -d 'Copy files/folders between a service container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "attach" -d 'Attach local standard input, output, and error streams to a service\'s running container'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "push" -d 'Push service images'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "events" -d 'Receive real time events from containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "config" -d 'Parse, resolve and render compose file in canonical format'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "convert" -d 'Parse, resolve and render compose file in canonical format'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "version" -d 'Show the Docker Compose version information'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "kube" -d 'Convert the project into Kubernetes manifests (Deployments, Services, claims)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "watch" -d 'Watch build context for service and rebuild/refresh containers when files are updated'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "ls" -d 'List running compose projects'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from up build down ps logs exec run start stop restart kill rm create pause unpause port top images pull wait scale cp attach stats push events config convert version kube watch ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l wait-timeout -d 'Maximum duration in seconds to wait for the project to be running|healthy' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l scale -d 'Scale SERVICE to NUM instances. Overrides the `scale` setting in the Compose file if present' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s t -l timeout -d 'Use this timeout in seconds for container shutdown when containers are already running' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l pull -d 'Pull image before running ("always"|"missing"|"never")' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l exit-code-from -d 'Return the exit code of the selected service container. Implies --abort-on-container-exit' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l attach -d 'Restrict attaching to the specified services' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s d -l detach -d 'Detached mode: Run containers in the background'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l wait -d 'Wait for services to be running|healthy. Implies detached mode'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l force-recreate -d 'Recreate containers even if their configuration and image haven\'t changed'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-recreate -d 'If containers already exist, don\'t recreate them'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l always-recreate-deps -d 'Recreate dependent containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-deps -d 'Don\'t start linked services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l remove-orphans -d 'Remove containers for services not defined in the Compose file'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-start -d 'Don\'t start the services after creating them'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s V -l renew-anon-volumes -d 'Recreate anonymous volumes instead of retrieving data from the previous containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l quiet-pull -d 'Pull without printing progress information'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l build -d 'Build images before starting containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-build -d 'Don\'t build an image, even if it\'s policy'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-log-prefix -d 'Don\'t print prefix in logs'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-color -d 'Produce monochrome output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l abort-on-container-exit -d 'Stops all containers if any container was stopped. Incompatible with -d'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use cache when building the image'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l pull -d 'Always attempt to pull a newer version of the image'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Don\'t print anything to STDOUT'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l rmi -d 'Remove images used by services. "local" remove only images that don\'t have a custom tag ("local"|"all")' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s t -l timeout -d 'Specify a shutdown timeout in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s v -l volumes -d 'Remove named volumes declared in the "volumes" section of the Compose file and anonymous volumes attached to containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l remove-orphans -d 'Remove containers for services not defined in the Compose file'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l status -d 'Filter services by status. Values: [paused | restarting | removing | running | dead | created | exited]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l filter -d 'Filter services by a property (supported filters: status)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l format -d 'Format the output. Values: [table | json | TEMPLATE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all stopped containers (including those created by the run command)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display IDs'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l services -d 'Display services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs for each container' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l index -d 'index of the container if service has multiple replicas' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l no-log-prefix -d 'Don\'t print prefix in logs'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l no-color -d 'Produce monochrome output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s u -l user -d 'Run the command as this user' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Path to workdir directory for this command' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l index -d 'Index of the container if service has multiple replicas' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Detached mode: Run command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s T -l no-TTY -d 'Disable pseudo-TTY allocation. By default `compose exec` allocates a TTY'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l privileged -d 'Give extended privileges to the process'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s l -l label -d 'Add or override a label' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount a volume' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port(s) to the host' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l entrypoint -d 'Override the entrypoint of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s u -l user -d 'Run as specified username or uid' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run container in background and print container ID'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l rm -d 'Automatically remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s P -l service-ports -d 'Run command with all service\'s ports enabled and mapped to the host'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l use-aliases -d 'Use the service\'s network useAliases in the network(s) the container connects to'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l no-deps -d 'Don\'t start linked services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s T -l no-TTY -d 'Disable pseudo-TTY allocation (default: auto-detected)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep STDIN open even if not attached'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -s t -l timeout -d 'Specify a shutdown timeout in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -s t -l timeout -d 'Specify a shutdown timeout in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -s s -l signal -d 'SIGNAL to send to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l remove-orphans -d 'Remove containers for services not defined in the Compose file'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s f -l force -d 'Don\'t ask to confirm removal'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s s -l stop -d 'Stop the containers, if required, before removing'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove any anonymous volumes attached to containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l pull -d 'Pull image before running ("always"|"missing"|"never")' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l force-recreate -d 'Recreate containers even if their configuration and image haven\'t changed'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l no-recreate -d 'If containers already exist, don\'t recreate them'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l remove-orphans -d 'Remove containers for services not defined in the Compose file'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l protocol -d 'tcp or udp' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l index -d 'Index of the container if service has multiple replicas' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l format -d 'Format the output. Values: [table | json]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -s q -l quiet -d 'Only display IDs'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l ignore-pull-failures -d 'Pull what it can and ignores images with pull failures'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Pull without printing progress information'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l down-project -d 'Drops project when the first container stops'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -l no-deps -d 'Don\'t start linked services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from scale" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l index -d 'Index of the container if service has multiple replicas' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l all -d 'Include containers created by the run command'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Override the key sequence for detaching from a container' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l index -d 'index of the container if service has multiple replicas' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Proxy all received signals to the process' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not attach STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -l format -d 'Format output using a custom template' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -l no-stream -d 'Disable streaming stats and only pull the first result'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l ignore-push-failures -d 'Push what it can and ignores images with push failures'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Push without printing progress information'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l since -d 'Show all events created since timestamp' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l until -d 'Stream events until this timestamp' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l json -d 'Output events as a stream of json objects'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l format -d 'Format the output. Values: [yaml | json]' -r -f -a "yaml\t''
json\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l hash -d 'Print the service config hash, one per line ("SERVICE HASH"); \'*\' for all services' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s o -l output -d 'Save to file (default to stdout)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Only validate the configuration, don\'t print anything'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l services -d 'Print the service names, one per line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l volumes -d 'Print the volume names, one per line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l profiles -d 'Print the profile names, one per line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l images -d 'Print the image names, one per line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l resolve-image-digests -d 'Pin image tags to digests (from the local store)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l no-interpolate -d 'Don\'t interpolate environment variables'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l no-normalize -d 'Don\'t normalize compose model'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l no-consistency -d 'Don\'t check model consistency - warning: may produce invalid Compose output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l format -d 'Format the output. Values: [yaml | json]' -r -f -a "yaml\t''
json\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l hash -d 'Print the service config hash, one per line ("SERVICE HASH"); \'*\' for all services' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -s o -l output -d 'Save to file (default to stdout)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -s q -l quiet -d 'Only validate the configuration, don\'t print anything'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l services -d 'Print the service names, one per line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l volumes -d 'Print the volume names, one per line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l profiles -d 'Print the profile names, one per line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l images -d 'Print the image names, one per line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l resolve-image-digests -d 'Pin image tags to digests (from the local store)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l no-interpolate -d 'Don\'t interpolate environment variables'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l no-normalize -d 'Don\'t normalize compose model'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -l no-consistency -d 'Don\'t check model consistency - warning: may produce invalid Compose output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from convert" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -s f -l format -d 'Format the output. Values: [pretty | json]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l short -d 'Shows only Compose\'s version number'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l no-up -d 'Do not build & start services before watching'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l prune -d 'Prune dangling images on rebuild'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -l quiet -d 'hide build output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l format -d 'Format the output. Values: [table | json]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l filter -d 'Filter output based on conditions provided (name=NAME)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all stopped Compose projects'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display project names'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "up" -d 'Create and start containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build or rebuild services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "down" -d 'Stop and remove containers, networks'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "logs" -d 'View output from containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a one-off command on a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Force stop service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Removes stopped service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "create" -d 'Creates containers for a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Unpause services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "port" -d 'Print the public port for a port binding'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "top" -d 'Display the running processes'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "images" -d 'List images used by the created containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Pull service images'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Block until containers of all (or specified) services stop'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "scale" -d 'Scale services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "cp" -d 'Copy files/folders between a service container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Attach local standard input, output, and error streams to a service\'s running container'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push service images'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "events" -d 'Receive real time events from containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "config" -d 'Parse, resolve and render compose file in canonical format'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "version" -d 'Show the Docker Compose version information'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "kube" -d 'Convert the project into Kubernetes manifests (Deployments, Services, claims)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Watch build context for service and rebuild/refresh containers when files are updated'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List running compose projects'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand __healthcheck" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __healthcheck" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __healthcheck" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand __healthcheck" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __healthcheck" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __healthcheck" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __healthcheck" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __healthcheck" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand __healthcheck" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand __remove-tree" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __remove-tree" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __remove-tree" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand __remove-tree" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __remove-tree" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __remove-tree" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __remove-tree" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __remove-tree" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand __remove-tree" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand __release-anchor" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __release-anchor" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __release-anchor" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand __release-anchor" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __release-anchor" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __release-anchor" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __release-anchor" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __release-anchor" -l idle -d 'Every anchor no container uses (takes the lock itself)'
complete -c skiff -n "__fish_skiff_using_subcommand __release-anchor" -l lock -d 'Take the lock (it was not handed over)'
complete -c skiff -n "__fish_skiff_using_subcommand __release-anchor" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand __release-anchor" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand __rootless-netns" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __rootless-netns" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __rootless-netns" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand __rootless-netns" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __rootless-netns" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __rootless-netns" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __rootless-netns" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __rootless-netns" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand __rootless-netns" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand __release-network" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __release-network" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __release-network" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand __release-network" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __release-network" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __release-network" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __release-network" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __release-network" -l lock -d 'Take the lock (it was not handed over)'
complete -c skiff -n "__fish_skiff_using_subcommand __release-network" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand __release-network" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand __keep-id-rootfs" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __keep-id-rootfs" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __keep-id-rootfs" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand __keep-id-rootfs" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __keep-id-rootfs" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __keep-id-rootfs" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __keep-id-rootfs" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __keep-id-rootfs" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand __keep-id-rootfs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l detach-keys -r
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l attach
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -l restarted
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand __monitor" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand __exec" -l root -d 'Root directory of persistent data (images, containers, volumes)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __exec" -l runroot -d 'Root directory of runtime state' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __exec" -l runtime -d 'OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff\'s own]' -r
complete -c skiff -n "__fish_skiff_using_subcommand __exec" -l runtime-flag -l runtime-opt -d 'A global flag for that OCI runtime: `debug` passes --debug (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __exec" -l hosts-dir -d 'Directory with <host>/hosts.toml and certificates for registries (repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand __exec" -l insecure-registry -d 'Registry reached without TLS verification, falling back to plain HTTP (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __exec" -l storage-driver -l snapshotter -d 'Storage driver: overlay or native (podman\'s name for --snapshotter)' -r
complete -c skiff -n "__fish_skiff_using_subcommand __exec" -s D -l debug -d 'Print debug output'
complete -c skiff -n "__fish_skiff_using_subcommand __exec" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "run" -d 'Create and run a new container from an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "create" -d 'Create a new container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "start" -d 'Start one or more stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "logs" -d 'Fetch the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "kill" -d 'Kill one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "wait" -d 'Block until one or more containers stop, then print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "update" -d 'Update configuration of one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "events" -d 'Get real time events from the engine'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "builder" -d 'Manage builds'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "buildx" -d 'Docker Buildx\'s build and prune, for scripts that call them'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "import" -d 'Import the contents from a tarball to create a filesystem image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "container" -d 'Manage containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "images" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "rmi" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "inspect" -d 'Return low-level information on images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "save" -d 'Save one or more images to a tar archive (streamed to STDOUT by default)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "load" -d 'Load an image from a tar archive or STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "system" -d 'Manage skiff'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "network" -d 'Manage networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "volume" -d 'Manage volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "mount" -d 'Mount a container\'s root filesystem (none given: list the mounted ones)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "unmount" -d 'Unmount containers\' root filesystems mounted with `mount`'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "pod" -d 'Manage pods: containers sharing network, IPC and UTS namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "namespace" -d 'Manage namespaces (each with its own images, containers and volumes)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "manifest" -d 'Inspect image manifests and manifest lists in a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "search" -d 'Search a registry\'s catalog for images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "logout" -d 'Log out from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "version" -d 'Show the skiff version information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "completion" -d 'Generate the shell completion script'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "healthcheck" -d 'Run a container\'s healthcheck once'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "generate" -d 'Generate structured data (systemd units, Kubernetes YAML) for containers and pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "kube" -d 'Kubernetes YAML from containers and pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "compose" -d 'Define and run multi-container applications (docker compose)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "__healthcheck" -d 'Runs one healthcheck probe (started by the container\'s monitor)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "__remove-tree" -d 'Deletes a tree from inside the rootless user namespace (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "__release-anchor" -d 'Takes a removed network\'s anchor down, holding the network lock it is handed on fd 3 (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "__rootless-netns" -d 'Holds the rootless network namespace (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "__release-network" -d 'Takes an exited container\'s network down, holding the network lock it is handed on fd 3 (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "__keep-id-rootfs" -d 'Re-owns a rootless keep-id container\'s rootfs (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "__monitor" -d 'The per-container monitor (started by skiff itself)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "__exec" -d 'Watches a detached exec (started by `exec -d`)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps logs attach exec stop kill restart rm wait pause unpause rename top stats update port events commit build builder buildx export import cp diff container pull push images tag rmi inspect history save load image info system network volume mount unmount pod namespace manifest search login logout version completion healthcheck generate kube compose __healthcheck __remove-tree __release-anchor __rootless-netns __release-network __keep-id-rootfs __monitor __exec help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from builder" -f -a "prune" -d 'Remove build cache'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from builder" -f -a "build" -d 'Build an image from a Dockerfile (as `docker builder build`)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from buildx" -f -a "build" -d 'Start a build'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from buildx" -f -a "prune" -d 'Remove build cache'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "run" -d 'Create and run a new container from an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "create" -d 'Create a new container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "start" -d 'Start one or more stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "logs" -d 'Fetch the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "kill" -d 'Kill one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "rm" -d 'Remove one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "wait" -d 'Block until one or more containers stop, then print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "inspect" -d 'Display detailed information on one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "prune" -d 'Remove all stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "update" -d 'Update configuration of one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "save" -d 'Save one or more images to a tar archive (streamed to STDOUT by default)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "load" -d 'Load an image from a tar archive or STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "import" -d 'Import the contents from a tarball to create a filesystem image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "check" -d 'Check that images\' blobs are present and intact and their layers unpacked'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "mount" -d 'Mount an image\'s root filesystem read-only (none given: list the mounted ones)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "unmount" -d 'Unmount images mounted with `image mount`'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "df" -d 'Show skiff disk usage'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "prune" -d 'Remove unused data'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "reset" -d 'Stop and remove everything of the store: containers, images, networks, volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "events" -d 'Get real time events from the engine'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "check" -d 'Check the store for damage and leftovers (and repair what can safely be)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "create" -d 'Create a network'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "rm" -d 'Remove one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "prune" -d 'Remove all unused networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "connect" -d 'Connect a container to a network'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "inspect" -d 'Display detailed information on one or more volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "rm" -d 'Remove one or more volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "prune" -d 'Remove unused local volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "create" -d 'Create a new empty pod'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "ps" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "inspect" -d 'Display a pod\'s configuration'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "start" -d 'Start one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "stop" -d 'Stop one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "restart" -d 'Restart one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "kill" -d 'Send a signal to the containers of one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "pause" -d 'Pause the containers of one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "unpause" -d 'Unpause the containers of one or more pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "rm" -d 'Remove one or more stopped pods and their containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "prune" -d 'Remove all stopped pods and their containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "top" -d 'Display the running processes of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "logs" -d 'Fetch the logs of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "stats" -d 'Display a live stream of the resource usage of pods\' containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "ls" -d 'List namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "create" -d 'Create a new namespace'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "inspect" -d 'Display detailed information on one or more namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "update" -d 'Update labels for a namespace'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "rm" -d 'Remove one or more empty namespaces'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "inspect" -d 'Display an image manifest, or manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "create" -d 'Create a local manifest list for annotating and pushing to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "push" -d 'Push a manifest list to a repository'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "rm" -d 'Delete one or more manifest lists from local storage'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from healthcheck" -f -a "run" -d 'Run the healthcheck of a container now (podman\'s healthcheck run)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "systemd" -d 'Print a systemd unit that starts and stops a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "kube" -d 'Generate Kubernetes YAML for containers and pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from kube" -f -a "generate" -d 'Generate Kubernetes YAML for containers and pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from kube" -f -a "play" -d 'Create pods and containers from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from kube" -f -a "down" -d 'Stop and remove the pods Kubernetes YAML describes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "up" -d 'Create and start containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "build" -d 'Build or rebuild services'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "down" -d 'Stop and remove containers, networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "logs" -d 'View output from containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "run" -d 'Run a one-off command on a service'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "start" -d 'Start services'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "stop" -d 'Stop services'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "restart" -d 'Restart service containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "kill" -d 'Force stop service containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "rm" -d 'Removes stopped service containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "create" -d 'Creates containers for a service'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "pause" -d 'Pause services'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "unpause" -d 'Unpause services'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "port" -d 'Print the public port for a port binding'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "top" -d 'Display the running processes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "images" -d 'List images used by the created containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "pull" -d 'Pull service images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "wait" -d 'Block until containers of all (or specified) services stop'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "scale" -d 'Scale services'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "cp" -d 'Copy files/folders between a service container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "attach" -d 'Attach local standard input, output, and error streams to a service\'s running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "push" -d 'Push service images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "events" -d 'Receive real time events from containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "config" -d 'Parse, resolve and render compose file in canonical format'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "version" -d 'Show the Docker Compose version information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "kube" -d 'Convert the project into Kubernetes manifests (Deployments, Services, claims)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "watch" -d 'Watch build context for service and rebuild/refresh containers when files are updated'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "ls" -d 'List running compose projects'

# Names of containers, images, networks and volumes, from the store.
complete -c skiff -n "__fish_seen_subcommand_from stop kill pause exec attach top port stats" -f -a "(skiff ps --format '{{.Names}}' 2>/dev/null)"
complete -c skiff -n "__fish_seen_subcommand_from start rm logs restart wait rename commit export diff update unpause inspect; and not __fish_seen_subcommand_from network volume image" -f -a "(skiff ps -a --format '{{.Names}}' 2>/dev/null)"
complete -c skiff -n "__fish_seen_subcommand_from rmi push tag history save; or __fish_seen_subcommand_from image" -f -a "(skiff images --format '{{.Repository}}:{{.Tag}}' 2>/dev/null | string match -v '*<none>*')"
complete -c skiff -n "__fish_seen_subcommand_from network; and __fish_seen_subcommand_from rm remove inspect connect disconnect" -f -a "(skiff network ls --format '{{.Name}}' 2>/dev/null)"
complete -c skiff -n "__fish_seen_subcommand_from volume; and __fish_seen_subcommand_from rm remove inspect" -f -a "(skiff volume ls -q 2>/dev/null)"
