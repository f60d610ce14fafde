#!/usr/bin/env bash
# make-fixtures.sh OUTDIR
#
# Builds the OCI image fixtures used by skiff's end-to-end tests, using only
# independent tools: umoci, GNU tar, gzip, zstd, jq, sha256sum, skopeo and the
# host's busybox-static binary. Nothing here is produced by skiff itself.
#
# Layout of OUTDIR once finished (OUTDIR/.done marks completion):
#   oci/<name>/              one OCI image layout per fixture, tag "latest"
#                            (skopeo reference: oci:OUTDIR/oci/<name>:latest)
#   archives/busybox.docker.tar   `docker save`-style archive (skopeo docker-archive)
#   archives/busybox.oci.tar      oci-archive of busybox:latest
#   fixtures.json            digests / media types / diff_ids of every fixture
#   .done
#
# Fixtures (all "latest"):
#   busybox     1 gzip layer (umoci): /bin/busybox + applet symlinks, /etc/passwd,
#               /etc/group (root, app=1000, nobody=65534), Cmd ["sh"], PATH env.
#   multilayer  busybox + 3 layers: A (umoci) files, symlinks, hardlink pair,
#               modes, uid 1000 file; B (umoci) whiteouts of a dir and a file,
#               file overwrite, file->dir type change; C (hand-made PAX tar)
#               opaque dir marker .wh..wh..opq and a >100-char path.
#   zstd        busybox layer recompressed as zstd + a zstd layer with /zstd.txt,
#               both application/vnd.oci.image.layer.v1.tar+zstd.
#   schema2     busybox + label fixture=schema2; meant to be pushed with
#               `skopeo copy --format v2s2` (docker schema2 media types).
#   multiarch   OCI image index: linux/amd64, linux/arm64/v8, linux/arm/v7; each
#               has a /arch file; the host-arch entry also has the busybox layer.
#   corrupt     busybox + a layer whose uncompressed sha256 does NOT equal the
#               config's rootfs.diff_ids entry (registry cannot detect this).
#   corruptblob busybox + a unique layer, pushed normally; the harness then
#               overwrites that layer's data file inside the registry storage to
#               produce a genuine blob digest mismatch.
set -euo pipefail

OUT=${1:?usage: make-fixtures.sh OUTDIR}
case "$OUT" in /*) ;; *) OUT="$PWD/$OUT" ;; esac
OUT=${OUT%/}

[ -e "$OUT/.done" ] && exit 0

mkdir -p "$(dirname "$OUT")"
exec 9>"$OUT.lock"
flock 9
# Someone else may have finished while we waited for the lock.
[ -e "$OUT/.done" ] && exit 0

for tool in umoci jq tar gzip zstd sha256sum skopeo; do
    command -v "$tool" >/dev/null || { echo "make-fixtures: missing tool: $tool" >&2; exit 1; }
done

BUSYBOX=${BUSYBOX:-/bin/busybox}
[ -x "$BUSYBOX" ] || BUSYBOX=$(command -v busybox)
[ -x "$BUSYBOX" ] || { echo "make-fixtures: busybox-static not found" >&2; exit 1; }

WORK=$(mktemp -d "$OUT.tmp.XXXXXX")
# MAKE_FIXTURES_KEEP=1 keeps the half-built tree on failure, for debugging.
trap '[ "${MAKE_FIXTURES_KEEP:-}" = 1 ] || rm -rf "$WORK"' EXIT
SCRATCH="$WORK/.scratch"
mkdir -p "$SCRATCH" "$WORK/oci" "$WORK/archives"

# Fixed timestamps so the fixtures are (as far as umoci allows) reproducible.
EPOCH=1704067200                    # 2024-01-01T00:00:00Z
CREATED="2024-01-01T00:00:00Z"

UNPACK_FLAGS=()
if [ "$(id -u)" != 0 ]; then UNPACK_FLAGS=(--rootless); fi

case "$(uname -m)" in
    x86_64) HOSTARCH=amd64 ;;
    aarch64 | arm64) HOSTARCH=arm64 ;;
    armv7l | armv7*) HOSTARCH=arm ;;
    *) HOSTARCH=$(uname -m) ;;
esac

# ---------------------------------------------------------------------------
# helpers

normalize_tree() { # DIR: fixed mtimes everywhere (symlinks too)
    find "$1" -exec touch -h -d "@$EPOCH" {} +
}

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

# blob_put LAYOUT FILE -> prints hex digest; moves FILE into the blob store.
blob_put() {
    local layout=$1 file=$2 hex
    hex=$(sha256_of "$file")
    mkdir -p "$layout/blobs/sha256"
    mv -f "$file" "$layout/blobs/sha256/$hex"
    echo "$hex"
}

blob_path() { # LAYOUT DIGEST
    echo "$1/blobs/sha256/${2#sha256:}"
}

# json_put LAYOUT JSON -> prints descriptor fields "hex size"
json_put() {
    local layout=$1 json=$2 tmp hex
    tmp=$(mktemp "$SCRATCH/json.XXXXXX")
    printf '%s' "$json" >"$tmp"
    local size
    size=$(stat -c %s "$tmp")
    hex=$(blob_put "$layout" "$tmp")
    echo "$hex $size"
}

# mk_layer LAYOUT TARFILE COMP(gzip|zstd) -> prints compact JSON
#   {"desc":{mediaType,digest,size},"diff_id":"sha256:..."}
mk_layer() {
    local layout=$1 tarfile=$2 comp=$3 diff blob mt hex size
    diff=$(sha256_of "$tarfile")
    blob=$(mktemp "$SCRATCH/layer.XXXXXX")
    case "$comp" in
        gzip) gzip -n -9 -c "$tarfile" >"$blob"; mt=application/vnd.oci.image.layer.v1.tar+gzip ;;
        zstd) zstd -q -19 -c "$tarfile" >"$blob"; mt=application/vnd.oci.image.layer.v1.tar+zstd ;;
        *) echo "bad compression $comp" >&2; return 1 ;;
    esac
    size=$(stat -c %s "$blob")
    hex=$(blob_put "$layout" "$blob")
    jq -cn --arg mt "$mt" --arg d "sha256:$hex" --argjson s "$size" --arg diff "sha256:$diff" \
        '{desc:{mediaType:$mt,digest:$d,size:$s},diff_id:$diff}'
}

# manifest_of LAYOUT TAG -> prints manifest digest for the tag
manifest_of() {
    jq -r --arg t "$2" '(.manifests // [])[] | select(.annotations["org.opencontainers.image.ref.name"]==$t) | .digest' \
        "$1/index.json"
}

# set_tag LAYOUT TAG DESCRIPTOR_JSON : (re)point TAG at the descriptor in index.json
set_tag() {
    local layout=$1 tag=$2 desc=$3 tmp
    tmp=$(mktemp "$SCRATCH/index.XXXXXX")
    jq -c --arg t "$tag" --argjson d "$desc" '
        .manifests = ([(.manifests // [])[] | select(.annotations["org.opencontainers.image.ref.name"] != $t)]
                      + [$d + {annotations: {"org.opencontainers.image.ref.name": $t}}])' \
        "$layout/index.json" >"$tmp"
    mv -f "$tmp" "$layout/index.json"
}

# write_image LAYOUT CONFIG_JSON LAYERS_JSON(array of descriptors)
#   -> prints the manifest descriptor (compact JSON); does not tag.
write_image() {
    local layout=$1 config=$2 layers=$3 chex csize mhex msize manifest
    read -r chex csize < <(json_put "$layout" "$config")
    manifest=$(jq -cn --arg cd "sha256:$chex" --argjson cs "$csize" --argjson layers "$layers" '
        {schemaVersion:2, mediaType:"application/vnd.oci.image.manifest.v1+json",
         config:{mediaType:"application/vnd.oci.image.config.v1+json",digest:$cd,size:$cs},
         layers:$layers}')
    read -r mhex msize < <(json_put "$layout" "$manifest")
    jq -cn --arg d "sha256:$mhex" --argjson s "$msize" \
        '{mediaType:"application/vnd.oci.image.manifest.v1+json",digest:$d,size:$s}'
}

# append_layer LAYOUT TAG TARFILE COMP CREATED_BY [DIFF_ID_OVERRIDE]
#   Adds a hand-made layer on top of the image tagged TAG and re-tags it.
append_layer() {
    local layout=$1 tag=$2 tarfile=$3 comp=$4 created_by=$5 override=${6:-}
    local mdig manifest cdig config layer desc diff layers newcfg mdesc
    mdig=$(manifest_of "$layout" "$tag")
    manifest=$(cat "$(blob_path "$layout" "$mdig")")
    cdig=$(jq -r .config.digest <<<"$manifest")
    config=$(cat "$(blob_path "$layout" "$cdig")")
    layer=$(mk_layer "$layout" "$tarfile" "$comp")
    desc=$(jq -c .desc <<<"$layer")
    diff=$(jq -r .diff_id <<<"$layer")
    [ -n "$override" ] && diff=$override
    layers=$(jq -c --argjson d "$desc" '.layers + [$d]' <<<"$manifest")
    newcfg=$(jq -c --arg diff "$diff" --arg c "$CREATED" --arg by "$created_by" '
        .rootfs.diff_ids += [$diff] | .history = ((.history // []) + [{created:$c, created_by:$by}])' \
        <<<"$config")
    mdesc=$(write_image "$layout" "$newcfg" "$layers")
    set_tag "$layout" "$tag" "$mdesc"
}

# make_tar SRCDIR OUTFILE FORMAT PATHS... : deterministic tar, root-owned
make_tar() {
    local src=$1 out=$2 fmt=$3
    shift 3
    local opts=(--sort=name --owner=0 --group=0 --numeric-owner --mtime="@$EPOCH")
    if [ "$fmt" = pax ]; then
        opts+=(--format=pax --pax-option='exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime')
    else
        opts+=(--format="$fmt")
    fi
    tar -C "$src" "${opts[@]}" -cf "$out" "$@"
}

umoci_repack() { # LAYOUT:TAG BUNDLE CREATED_BY
    normalize_tree "$2/rootfs"
    umoci repack --refresh-bundle --image "$1" --history.created "$CREATED" --history.created_by "$3" "$2"
}

# ---------------------------------------------------------------------------
# busybox:latest (umoci)

BB="$WORK/oci/busybox"
umoci init --layout "$BB"
umoci new --image "$BB:latest"
umoci config --image "$BB:latest" --created "$CREATED" --no-history \
    --architecture "$HOSTARCH" --os linux \
    --config.cmd sh \
    --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
B="$SCRATCH/bundle-busybox"
umoci unpack "${UNPACK_FLAGS[@]}" --image "$BB:latest" "$B"
R="$B/rootfs"
mkdir -p "$R"/{bin,etc,dev,proc,sys,root,tmp,var,usr/bin,home/app}
chmod 1777 "$R/tmp"
chmod 0700 "$R/root"
cp "$BUSYBOX" "$R/bin/busybox"
chmod 0755 "$R/bin/busybox"
for applet in $("$BUSYBOX" --list); do
    case "$applet" in busybox | */*) continue ;; esac
    ln -sf busybox "$R/bin/$applet"
done
# These must exist regardless of the host busybox's applet list.
for applet in sh true false echo cat ls sleep env id; do
    [ -e "$R/bin/$applet" ] || ln -sf busybox "$R/bin/$applet"
done
cat >"$R/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
app:x:1000:1000:app:/home/app:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
cat >"$R/etc/group" <<'EOF'
root:x:0:
app:x:1000:
nobody:x:65534:
EOF
if [ "$(id -u)" = 0 ]; then chown 1000:1000 "$R/home/app"; fi
umoci_repack "$BB:latest" "$B" "skiff-fixture: busybox rootfs"

# ---------------------------------------------------------------------------
# multilayer:latest (umoci layers A, B; hand-made opaque layer C)

ML="$WORK/oci/multilayer"
cp -a "$BB" "$ML"
B="$SCRATCH/bundle-multilayer"
umoci unpack "${UNPACK_FLAGS[@]}" --image "$ML:latest" "$B"
R="$B/rootfs"
# layer A
mkdir -p "$R/data/sub" "$R/todelete/sub" "$R/opaque/keepdir"
echo v1 >"$R/data/file.txt"
echo nested >"$R/data/sub/nested.txt"
echo hardlinked >"$R/data/hard1"
ln "$R/data/hard1" "$R/data/hard2"
ln -s file.txt "$R/data/link-rel"
ln -s /data/file.txt "$R/data/link-abs"
ln -s sub "$R/data/dirlink"
ln -s /nonexistent/target "$R/data/dangling"
echo secret >"$R/data/mode600"
chmod 0600 "$R/data/mode600"
printf '#!/bin/sh\necho exec-ok\n' >"$R/data/exec.sh"
chmod 0755 "$R/data/exec.sh"
echo bye >"$R/data/delete-me.txt"
echo was-a-file >"$R/data/typechange"
echo x >"$R/todelete/x.txt"
echo y >"$R/todelete/sub/y.txt"
echo old1 >"$R/opaque/old1.txt"
echo old2 >"$R/opaque/old2.txt"
echo z >"$R/opaque/keepdir/z.txt"
echo mine >"$R/home/app/owned.txt"
if [ "$(id -u)" = 0 ]; then chown 1000:1000 "$R/home/app/owned.txt"; fi
umoci_repack "$ML:latest" "$B" "skiff-fixture: multilayer A (files, links, hardlinks)"
# layer B: whiteouts + overwrite + type change
rm -rf "$R/todelete" "$R/data/delete-me.txt" "$R/data/typechange"
mkdir "$R/data/typechange"
echo now-a-dir >"$R/data/typechange/inner.txt"
echo v2 >"$R/data/file.txt"
echo layer2 >"$R/data/layer2.txt"
umoci_repack "$ML:latest" "$B" "skiff-fixture: multilayer B (whiteouts)"
# layer C: opaque directory + long (PAX) path; hand-made because `umoci repack`
# never emits .wh..wh..opq and `umoci insert --opaque` writes truncated tars.
C="$SCRATCH/layer-c"
LONGDIR="data/long/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
mkdir -p "$C/opaque" "$C/$LONGDIR"
: >"$C/opaque/.wh..wh..opq"
echo new >"$C/opaque/new.txt"
echo long >"$C/$LONGDIR/cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc.txt"
chmod 0755 "$C/opaque" "$C/data" "$C/data/long"
make_tar "$C" "$SCRATCH/layer-c.tar" pax opaque data
append_layer "$ML" latest "$SCRATCH/layer-c.tar" gzip "skiff-fixture: multilayer C (opaque dir, long path)"

# ---------------------------------------------------------------------------
# zstd:latest (hand-made: busybox layer recompressed + extra layer, both zstd)

ZS="$WORK/oci/zstd"
cp -a "$BB" "$ZS"
bbm=$(cat "$(blob_path "$ZS" "$(manifest_of "$ZS" latest)")")
bbc=$(cat "$(blob_path "$ZS" "$(jq -r .config.digest <<<"$bbm")")")
gunzip -c "$(blob_path "$ZS" "$(jq -r '.layers[0].digest' <<<"$bbm")")" >"$SCRATCH/bb.tar"
l0=$(mk_layer "$ZS" "$SCRATCH/bb.tar" zstd)
Z="$SCRATCH/layer-zstd"
mkdir -p "$Z"
echo "hello from zstd" >"$Z/zstd.txt"
make_tar "$Z" "$SCRATCH/zstd.tar" gnu .
l1=$(mk_layer "$ZS" "$SCRATCH/zstd.tar" zstd)
cfg=$(jq -c --argjson a "$l0" --argjson b "$l1" --arg c "$CREATED" '
    .rootfs.diff_ids = [$a.diff_id, $b.diff_id]
    | .history = [{created:$c, created_by:"skiff-fixture: busybox rootfs (zstd)"},
                  {created:$c, created_by:"skiff-fixture: zstd.txt (zstd)"}]' <<<"$bbc")
mdesc=$(write_image "$ZS" "$cfg" "$(jq -cn --argjson a "$l0" --argjson b "$l1" '[$a.desc,$b.desc]')")
set_tag "$ZS" latest "$mdesc"
umoci gc --layout "$ZS"

# ---------------------------------------------------------------------------
# schema2:latest (umoci config label; converted to docker v2s2 at push time)

S2="$WORK/oci/schema2"
cp -a "$BB" "$S2"
umoci config --image "$S2:latest" --config.label fixture=schema2 --no-history --created "$CREATED"
umoci gc --layout "$S2"

# ---------------------------------------------------------------------------
# multiarch:latest (hand-made OCI index)

MA="$WORK/oci/multiarch"
umoci init --layout "$MA"
bblayer=$(jq -c '.layers[0]' <<<"$bbm")
bbdiff=$(jq -r '.rootfs.diff_ids[0]' <<<"$bbc")
cp "$(blob_path "$BB" "$(jq -r .digest <<<"$bblayer")")" "$MA/blobs/sha256/"
manifests="[]"
for plat in amd64: arm64:v8 arm:v7; do
    arch=${plat%%:*}
    variant=${plat#*:}
    name="linux/$arch${variant:+/$variant}"
    A="$SCRATCH/arch-$arch"
    mkdir -p "$A"
    echo "$name" >"$A/arch"
    make_tar "$A" "$SCRATCH/arch-$arch.tar" gnu arch
    al=$(mk_layer "$MA" "$SCRATCH/arch-$arch.tar" gzip)
    if [ "$arch" = "$HOSTARCH" ]; then
        layers=$(jq -cn --argjson b "$bblayer" --argjson a "$al" '[$b, $a.desc]')
        diffs=$(jq -cn --arg b "$bbdiff" --argjson a "$al" '[$b, $a.diff_id]')
    else
        layers=$(jq -cn --argjson a "$al" '[$a.desc]')
        diffs=$(jq -cn --argjson a "$al" '[$a.diff_id]')
    fi
    cfg=$(jq -cn --arg arch "$arch" --arg v "$variant" --arg c "$CREATED" --argjson diffs "$diffs" '
        {created:$c, architecture:$arch, os:"linux"}
        + (if $v == "" then {} else {variant:$v} end)
        + {config:{Env:["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
                   Cmd:["cat","/arch"]},
           rootfs:{type:"layers", diff_ids:$diffs}}')
    md=$(write_image "$MA" "$cfg" "$layers")
    manifests=$(jq -c --argjson m "$md" --arg arch "$arch" --arg v "$variant" '
        . + [$m + {platform: ({architecture:$arch, os:"linux"} + (if $v == "" then {} else {variant:$v} end))}]' \
        <<<"$manifests")
done
idx=$(jq -cn --argjson m "$manifests" '{schemaVersion:2, mediaType:"application/vnd.oci.image.index.v1+json", manifests:$m}')
read -r ihex isize < <(json_put "$MA" "$idx")
set_tag "$MA" latest "$(jq -cn --arg d "sha256:$ihex" --argjson s "$isize" \
    '{mediaType:"application/vnd.oci.image.index.v1+json",digest:$d,size:$s}')"

# ---------------------------------------------------------------------------
# corrupt:latest (layer content != config diff_id)

CO="$WORK/oci/corrupt"
cp -a "$BB" "$CO"
X="$SCRATCH/layer-corrupt"
mkdir -p "$X"
echo "this layer does not match its diff_id" >"$X/corrupt.txt"
make_tar "$X" "$SCRATCH/corrupt.tar" gnu corrupt.txt
bogus="sha256:$(printf 'not the real diff_id' | sha256sum | cut -d' ' -f1)"
append_layer "$CO" latest "$SCRATCH/corrupt.tar" gzip "skiff-fixture: corrupt diff_id" "$bogus"
umoci gc --layout "$CO"

# ---------------------------------------------------------------------------
# corruptblob:latest (valid image with a unique layer; corrupted in-registry)

CB="$WORK/oci/corruptblob"
cp -a "$BB" "$CB"
X="$SCRATCH/layer-corruptblob"
mkdir -p "$X"
echo "this layer's blob will be overwritten inside the registry" >"$X/corruptblob.txt"
make_tar "$X" "$SCRATCH/corruptblob.tar" gnu corruptblob.txt
append_layer "$CB" latest "$SCRATCH/corruptblob.tar" gzip "skiff-fixture: corruptblob layer"
umoci gc --layout "$CB"

umoci gc --layout "$ML"

# ---------------------------------------------------------------------------
# archives (docker save / oci-archive formats of busybox)

skopeo --insecure-policy copy -q "oci:$BB:latest" "docker-archive:$WORK/archives/busybox.docker.tar:busybox:latest"
skopeo --insecure-policy copy -q "oci:$BB:latest" "oci-archive:$WORK/archives/busybox.oci.tar:busybox:latest"

# ---------------------------------------------------------------------------
# sanity checks: every layer's uncompressed digest matches its diff_id
# (except corrupt), and the expected whiteout/opaque entries exist.

check_image() { # LAYOUT MANIFEST_DIGEST EXPECT_DIFFS_OK(1|0)
    local layout=$1 m cfg i n ok=1 actual want layer mt
    m=$(cat "$(blob_path "$layout" "$2")")
    cfg=$(cat "$(blob_path "$layout" "$(jq -r .config.digest <<<"$m")")")
    n=$(jq '.layers | length' <<<"$m")
    [ "$n" = "$(jq '.rootfs.diff_ids | length' <<<"$cfg")" ] || { echo "layer count mismatch in $layout" >&2; exit 1; }
    for ((i = 0; i < n; i++)); do
        layer=$(jq -r ".layers[$i].digest" <<<"$m")
        mt=$(jq -r ".layers[$i].mediaType" <<<"$m")
        [ "$(sha256_of "$(blob_path "$layout" "$layer")")" = "${layer#sha256:}" ] ||
            { echo "blob digest mismatch $layer in $layout" >&2; exit 1; }
        case "$mt" in
            *zstd) actual=$(zstd -dc "$(blob_path "$layout" "$layer")" | sha256sum | cut -d' ' -f1) ;;
            *gzip) actual=$(gzip -dc "$(blob_path "$layout" "$layer")" | sha256sum | cut -d' ' -f1) ;;
            *) actual=$(sha256_of "$(blob_path "$layout" "$layer")") ;;
        esac
        want=$(jq -r ".rootfs.diff_ids[$i]" <<<"$cfg")
        [ "sha256:$actual" = "$want" ] || ok=0
    done
    [ "$ok" = "$3" ] || { echo "diff_id check for $layout gave $ok, wanted $3" >&2; exit 1; }
}
for name in busybox multilayer zstd schema2 corrupt corruptblob; do
    want=1
    [ "$name" = corrupt ] && want=0
    check_image "$WORK/oci/$name" "$(manifest_of "$WORK/oci/$name" latest)" "$want"
done
for md in $(jq -r '.manifests[].digest' "$(blob_path "$MA" "$(manifest_of "$MA" latest)")"); do
    check_image "$MA" "$md" 1
done
mlm=$(cat "$(blob_path "$ML" "$(manifest_of "$ML" latest)")")
listing() { gzip -dc "$(blob_path "$ML" "$(jq -r ".layers[$1].digest" <<<"$mlm")")" | tar -tvf -; }
# Capture listings first: `grep -q` closing the pipe early would fail tar under pipefail.
l1=$(listing 1); l2=$(listing 2); l3=$(listing 3)
grep -q ' data/hard2 link to data/hard1$' <<<"$l1" || { echo "no hardlink entry in multilayer layer A" >&2; exit 1; }
grep -q ' \.wh\.todelete$' <<<"$l2" || { echo "no dir whiteout in multilayer layer B" >&2; exit 1; }
grep -q ' data/\.wh\.delete-me\.txt$' <<<"$l2" || { echo "no file whiteout in multilayer layer B" >&2; exit 1; }
grep -q ' opaque/\.wh\.\.wh\.\.opq$' <<<"$l3" || { echo "no opaque marker in multilayer layer C" >&2; exit 1; }

# ---------------------------------------------------------------------------
# fixtures.json

summary() { # LAYOUT MANIFEST_DIGEST -> JSON
    local layout=$1 m cfg
    m=$(cat "$(blob_path "$layout" "$2")")
    cfg=$(cat "$(blob_path "$layout" "$(jq -r .config.digest <<<"$m")")")
    jq -cn --arg md "$2" --argjson m "$m" --argjson c "$cfg" '
        {manifest:$md, mediaType:$m.mediaType, config:$m.config.digest,
         architecture:$c.architecture, os:$c.os, variant:$c.variant,
         layers:[range(0; $m.layers|length) as $i
                 | $m.layers[$i] + {diff_id:$c.rootfs.diff_ids[$i]}]}'
}
all="{}"
for name in busybox multilayer zstd schema2 corrupt corruptblob; do
    s=$(summary "$WORK/oci/$name" "$(manifest_of "$WORK/oci/$name" latest)")
    all=$(jq -c --arg n "$name:latest" --arg l "oci/$name" --argjson s "$s" '. + {($n): ($s + {layout:$l})}' <<<"$all")
done
mai=$(manifest_of "$MA" latest)
subs="[]"
for md in $(jq -r '.manifests[].digest' "$(blob_path "$MA" "$mai")"); do
    subs=$(jq -c --argjson s "$(summary "$MA" "$md")" '. + [$s]' <<<"$subs")
done
all=$(jq -c --arg i "$mai" --argjson subs "$subs" '. + {"multiarch:latest":
        {layout:"oci/multiarch", index:$i, mediaType:"application/vnd.oci.image.index.v1+json", manifests:$subs}}' <<<"$all")
jq --arg h "$HOSTARCH" '. + {"_hostarch": $h}' <<<"$all" >"$WORK/fixtures.json"

rm -rf "$SCRATCH"
chmod -R a+rX "$WORK"
touch "$WORK/.done"
rm -rf "$OUT"
mv "$WORK" "$OUT"
