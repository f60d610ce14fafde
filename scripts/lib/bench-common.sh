# Shared by the bench scripts: a registry on loopback, timing helpers, podman detection.
# Sourced, not run.

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d /tmp/skiff-bench.XXXXXX)
cleanup_hooks=()
# netavark (skiff's and podman's) leaves its base chains behind: they go too
# when the bench made them.
netavark_chains_before=$(iptables-save 2>/dev/null | grep -c NETAVARK || true)
remove_netavark_chains() {
  local table chain
  for table in nat filter; do
    iptables-save -t "$table" 2>/dev/null | grep -E '^-A [A-Z]+ .*-j NETAVARK' | sed 's/^-A /-D /' |
      while read -r rule; do eval "iptables -t $table $rule" 2>/dev/null || true; done
    for chain in $(iptables-save -t "$table" 2>/dev/null | sed -n 's/^:\(NETAVARK[^ ]*\).*/\1/p'); do
      iptables -t "$table" -F "$chain" 2>/dev/null || true
    done
    for chain in $(iptables-save -t "$table" 2>/dev/null | sed -n 's/^:\(NETAVARK[^ ]*\).*/\1/p'); do
      iptables -t "$table" -X "$chain" 2>/dev/null || true
    done
  done
}
cleanup() {
  for h in "${cleanup_hooks[@]}"; do eval "$h" || true; done
  [ "$netavark_chains_before" != 0 ] || remove_netavark_chains
  [ -n "${reg_pid:-}" ] && kill "$reg_pid" 2>/dev/null
  # Stores under $BENCH_DIR go last: the hooks above may still need them (podman system reset).
  [ -z "${bench_dir_stores:-}" ] || rm -rf "$bench_dir_stores"
  [ -z "${runs_dir:-}" ] || rm -rf "$runs_dir"
  rm -rf "$work"
}
trap cleanup EXIT

# build_skiff: sets $skiff; $SKIFF_BIN names a binary to use instead of building one.
build_skiff() {
  if [ -n "${SKIFF_BIN:-}" ]; then
    [ -x "$SKIFF_BIN" ] || { echo "SKIFF_BIN=$SKIFF_BIN is not executable" >&2; return 1; }
    skiff=$(realpath "$SKIFF_BIN")
    return 0
  fi
  (cd "$bench_root" && cargo build --release --quiet)
  skiff="$bench_root/target/release/skiff"
}

# start_registry: serves a docker-registry on a free loopback port; sets $reg.
start_registry() {
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  cat > "$work/registry.yml" <<YML
version: 0.1
log:
  level: error
storage:
  filesystem:
    rootdirectory: $work/registry
http:
  addr: 127.0.0.1:$port
YML
  docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
  reg_pid=$!
  reg=127.0.0.1:$port
  for _ in $(seq 100); do curl -sf "http://$reg/v2/" >/dev/null && return 0; sleep 0.05; done
  echo "registry did not start" >&2; return 1
}

# have_podman: podman installed and set up for this machine (shared/bench/peer-podman.sh).
have_podman() {
  command -v podman >/dev/null || return 1
  local peer="$bench_root/../shared/bench/peer-podman.sh"
  [ -x "$peer" ] || [ -f "$peer" ] || return 0
  bash "$peer" "$reg" >/dev/null 2>&1 || true
}

now_ns() { date +%s%N; }

# time_ms N CMD...: runs CMD N times, prints the median wall time in ms.
# The clock is bash's own $EPOCHREALTIME (microseconds): reading it through
# `date` would add two process starts, about 1.5 ms, to every sample.
time_ms() {
  local n=$1; shift
  local samples=()
  for _ in $(seq "$n"); do
    local t0 t1
    t0=${EPOCHREALTIME//[.,]/}; "$@" >/dev/null 2>&1; t1=${EPOCHREALTIME//[.,]/}
    samples+=($(( t1 - t0 )))
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f\n", a[int((NR+1)/2)]/1000}'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

report() { printf '%-44s %10s ms   %10s ms   ratio %s\n' "$1" "$2" "${3:-n/a}" "$( [ -n "${3:-}" ] && ratio "$2" "$3" || echo n/a)"; }

# build_big_image: a ~50 MB multi-layer image of real files, pushed to $reg as bench/big:latest;
# sets $i to its layer count.
build_big_image() {
# A multi-layer image of real binaries and libraries (compressible like real images).
layout=$work/oci
umoci init --layout "$layout" >/dev/null
umoci new --image "$layout:big" >/dev/null
umoci unpack --image "$layout:big" "$work/bundle" >/dev/null
i=0
for src in /usr/lib/x86_64-linux-gnu /usr/bin /usr/share /usr/lib; do
  [ -d "$src" ] || continue
  i=$((i + 1))
  # About 14 MB of real files per layer.
  python3 - "$src" "$work/bundle/rootfs/layer$i" 14000000 <<'PY'
import os, shutil, sys
src, dst, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
total = 0
for root, _, files in os.walk(src):
    for f in files:
        p = os.path.join(root, f)
        if os.path.islink(p) or not os.path.isfile(p) or os.path.getsize(p) > 4_000_000:
            continue
        d = os.path.join(dst, os.path.relpath(p, src))
        os.makedirs(os.path.dirname(d), exist_ok=True)
        shutil.copy2(p, d)
        total += os.path.getsize(p)
        if total >= limit:
            sys.exit(0)
PY
  umoci repack --refresh-bundle --image "$layout:big" "$work/bundle" >/dev/null
  [ $i -ge 4 ] && break
done
skopeo copy -q --dest-tls-verify=false "oci:$layout:big" "docker://$reg/bench/big:latest"
}

# build_realistic_image: a ~170 MB (uncompressed), 5-layer image built with umoci and pushed to $reg as
# bench/realistic:latest, shaped like real ones so unpacking meets every kind of entry:
#   1. a Debian-like rootfs: host /etc, /usr/{bin,sbin,share,lib/x86_64-linux-gnu}, /var/lib/dpkg (symlinks kept);
#   2. 2400 small files (1-8 KB) in nested dirs, like a node_modules tree;
#   3. hard links, symlinks (relative, absolute, to a dir, dangling) and files and a dir with user.* xattrs;
#   4. deletions of earlier entries: file and dir whiteouts, an opaque dir with new content, an edited file;
#   5. a few MB of regular files.
# Sets $realistic_img and $realistic_layers.
build_realistic_image() {
  local layout=$work/oci-realistic bundle=$work/bundle-realistic
  local rootfs=$bundle/rootfs
  umoci init --layout "$layout" >/dev/null
  umoci new --image "$layout:realistic" >/dev/null
  umoci unpack --image "$layout:realistic" "$bundle" >/dev/null

  # 1. The host is a fat Debian: take each directory up to a budget (MB) so the layer is ~150 MB anywhere.
  mkdir -p "$rootfs/usr"
  for l in bin sbin lib lib64; do ln -s "usr/$l" "$rootfs/$l"; done  # merged /usr, as in Debian 12
  python3 - /etc:8 /usr/sbin:12 /var/lib/dpkg:25 /usr/share:25 /usr/bin:40 /usr/lib/x86_64-linux-gnu:55 \
    /usr/lib64:1 /usr/lib/os-release:1 > "$work/rootfs.list" <<'PY'
import os, stat, sys
# Host secrets have no business in an image, even a throwaway one.
skip = {"/etc/shadow", "/etc/shadow-", "/etc/gshadow", "/etc/gshadow-", "/etc/ssh"}
def entries(top):
    if not os.path.isdir(top) or os.path.islink(top):
        yield top
        return
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if os.path.join(root, d) not in skip)
        yield root
        for name in sorted(dirs + files):
            p = os.path.join(root, name)
            if p not in skip and (name in files or os.path.islink(p)):
                yield p
for arg in sys.argv[1:]:
    top, budget = arg.rsplit(":", 1)
    if not os.path.lexists(top):
        continue
    budget, total = int(budget) << 20, 0
    for p in entries(top):
        st = os.lstat(p)
        if stat.S_ISREG(st.st_mode):
            if st.st_size > 4 << 20:
                continue
            if total + st.st_size > budget:
                break
            total += st.st_size
        elif not (stat.S_ISDIR(st.st_mode) or stat.S_ISLNK(st.st_mode)):
            continue  # sockets, fifos, devices
        sys.stdout.write(p.lstrip("/") + "\0")
PY
  # tar keeps owners, modes, symlinks and hard links; the list names directories, hence --no-recursion.
  tar -C / --null --no-recursion -T "$work/rootfs.list" -cf - | tar -C "$rootfs" -xpf -
  umoci repack --refresh-bundle --image "$layout:realistic" "$bundle" >/dev/null

  # 2. Many small files, text-like so they compress like source code.
  python3 - "$rootfs/srv/app/node_modules" <<'PY'
import os, random, sys
top, rng = sys.argv[1], random.Random(1)
vocab = ("const let function return import export from default class extends new this if else for while "
         "await async null undefined true false require module exports length push map filter reduce "
         "object string number value options config error callback resolve reject").split()
vocab += [f"id{n}" for n in range(3000)]
for n in range(2400):
    d = os.path.join(top, f"pkg{n % 60:03d}", ("lib", "src", "dist", "test")[n // 60 % 4], str(n // 240))
    os.makedirs(d, exist_ok=True)
    size = rng.randint(1024, 8192)
    text = " ".join(rng.choices(vocab, k=size // 4))[:size - 1] + "\n"
    with open(os.path.join(d, f"file{n:04d}.js"), "w") as f:
        f.write(text)
PY
  umoci repack --refresh-bundle --image "$layout:realistic" "$bundle" >/dev/null

  # 3. Links and xattrs (os.setxattr: no need for the attr package).
  python3 - "$rootfs/opt/links" <<'PY'
import os, random, sys
top, rng = sys.argv[1], random.Random(3)
for d in ("data", "lib", "share", "bin", "attr"):
    os.makedirs(os.path.join(top, d))
for n in range(40):
    p = os.path.join(top, "data", f"blob{n:02d}")
    with open(p, "wb") as f:
        f.write(rng.randbytes(4096) * 4)
    os.link(p, os.path.join(top, "lib", f"blob{n:02d}"))
    if n % 2 == 0:
        os.link(p, os.path.join(top, "share", f"copy{n:02d}"))  # three names for one inode
    os.symlink(f"../data/blob{n:02d}", os.path.join(top, "bin", f"rel{n:02d}"))
os.symlink("/usr/bin/env", os.path.join(top, "bin", "abs-env"))
os.symlink("rel00", os.path.join(top, "bin", "chain"))
os.symlink("data", os.path.join(top, "datadir"))
os.symlink("no/such/target", os.path.join(top, "dangling"))
for n in range(50):
    p = os.path.join(top, "attr", f"f{n:02d}")
    with open(p, "w") as f:
        f.write(f"file {n}\n" * 50)
    os.setxattr(p, "user.mime_type", b"text/plain")
    os.setxattr(p, "user.checksum", f"{n:064x}".encode())
os.link(os.path.join(top, "attr", "f00"), os.path.join(top, "attr", "f00.link"))
os.setxattr(os.path.join(top, "attr"), "user.comment", b"a directory with an xattr")
PY
  umoci repack --refresh-bundle --image "$layout:realistic" "$bundle" >/dev/null

  # 4 and 5 are tars added verbatim: umoci repack writes one whiteout per deleted entry, never an
  # opaque directory, and layer 4 must have one.
  python3 - "$rootfs" "$work/layer4.tar" "$work/layer5.tar" <<'PY'
import io, os, random, sys, tarfile
root, out4, out5 = sys.argv[1:4]
def layer(out):
    tf, seen = tarfile.open(out, "w", format=tarfile.PAX_FORMAT), set()
    def dirs(rel):
        parts = rel.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            d = "/".join(parts[:i])
            if d in seen:
                continue
            seen.add(d)
            p = os.path.join(root, d)
            ti = tarfile.TarInfo(d)
            ti.type, ti.mode = tarfile.DIRTYPE, 0o755
            if os.path.isdir(p) and not os.path.islink(p):
                st = os.stat(p)
                ti.mode, ti.mtime = st.st_mode & 0o7777, st.st_mtime
            tf.addfile(ti)
    def file(rel, data=b"", mode=0o644):
        dirs(rel)
        ti = tarfile.TarInfo(rel)
        ti.size, ti.mode, ti.mtime = len(data), mode, 1700000000
        tf.addfile(ti, io.BytesIO(data))
    return tf, file
tf, file = layer(out4)
# "apt-get remove": every 10th program goes.
usr_bin = os.path.join(root, "usr/bin")
progs = sorted(e for e in os.listdir(usr_bin) if os.path.isfile(os.path.join(usr_bin, e)))
for name in progs[::10]:
    file(f"usr/bin/.wh.{name}")
# "rm -rf /usr/share/doc" and one package of the app: directory whiteouts.
if os.path.isdir(os.path.join(root, "usr/share/doc")):
    file("usr/share/.wh.doc")
file("srv/app/node_modules/.wh.pkg007")
file("srv/app/node_modules/pkg012/lib/0/.wh.file0012.js")
# A package replaced wholesale: opaque directory, then its new content.
file("srv/app/node_modules/pkg003/.wh..wh..opq")
for n in range(5):
    file(f"srv/app/node_modules/pkg003/index{n}.js", f"module.exports = {n};\n".encode() * 100)
# An edited file (sed -i, useradd).
passwd = os.path.join(root, "etc/passwd")
if os.path.isfile(passwd):
    file("etc/passwd", open(passwd, "rb").read() + b"app:x:1000:1000::/srv/app:/bin/sh\n")
tf.close()
tf, file = layer(out5)
rng = random.Random(5)
for n in range(3):
    file(f"opt/app/assets/bundle{n}.bin", rng.randbytes(1 << 20))  # already compressed, like images
for n in range(3):
    file(f"opt/app/lib/module{n}.so", bytes(rng.choices(b"\0\0\0\0ABCDEFGH\x48\x89\xe5", k=1 << 20)), 0o755)
tf.close()
PY
  umoci raw add-layer --image "$layout:realistic" "$work/layer4.tar" >/dev/null
  umoci raw add-layer --image "$layout:realistic" "$work/layer5.tar" >/dev/null
  # The bundle stays until exit: deleting its ~12k files now would slow the first timed round on ext4
  # without a journal (perf-notes.md: recently freed inodes are rescanned for ~30 s).
  realistic_img=$reg/bench/realistic:latest
  skopeo copy -q --dest-tls-verify=false "oci:$layout:realistic" "docker://$realistic_img"

  # Sizes from the layout: compressed blobs, and what they unpack to.
  read -r realistic_layers summary < <(python3 - "$layout" <<'PY'
import gzip, json, os, sys, tarfile
layout = sys.argv[1]
blob = lambda d: os.path.join(layout, "blobs", *d.split(":"))
index = json.load(open(os.path.join(layout, "index.json")))
desc = next(m for m in index["manifests"]
            if m.get("annotations", {}).get("org.opencontainers.image.ref.name") == "realistic")
layers = json.load(open(blob(desc["digest"])))["layers"]
sizes, entries, packed = [], 0, 0
for l in layers:
    packed += l["size"]
    with tarfile.open(blob(l["digest"]), "r:gz") as t:
        members = t.getmembers()
    entries += len(members)
    sizes.append(sum(m.size for m in members))
mb = lambda n: f"{n / 1e6:.1f}"
print(len(layers), f"{mb(sum(sizes))} MB of files ({' + '.join(map(mb, sizes))}), {entries} tar entries,",
      f"{mb(packed)} MB compressed")
PY
)
  echo "image: $realistic_img, $realistic_layers layers, $summary"
}

# setup_stores: the directory the churn stores live in, $BENCH_DIR or one under $work; sets $stores
# and prints what filesystem it is on (perf-notes.md: ext4 without a journal degrades under churn).
setup_stores() {
  if [ -n "${BENCH_DIR:-}" ]; then
    stores=$(mktemp -d "$BENCH_DIR/skiff-bench.XXXXXX")
    bench_dir_stores=$stores
  else
    stores=$work/stores
    mkdir -p "$stores"
  fi
  local fstype src desc
  read -r fstype src < <(findmnt -no FSTYPE,SOURCE -T "$stores")
  src=${src%%\[*}  # a bind mount reads /dev/vda[/sub/dir]
  desc=$fstype
  if [[ $fstype == ext[34] ]]; then
    # jbd2 lists journaled filesystems by device name, e.g. vda-8 or loop0-8.
    if compgen -G "/proc/fs/jbd2/$(basename "$src")-*" >/dev/null; then desc+=", journal"; else desc+=", NO journal"; fi
  fi
  echo "stores: $stores ($desc on $src)"
}

# timed_run CMD...: runs CMD once, output dropped (shown, and fatal, if it fails). Sets $wall_ms and,
# through /usr/bin/time, $cpu_ms (user+sys of CMD and its children) and $sys_ms, "n/a" without it.
timed_run() {
  local t0 t1 rc=0
  t0=${EPOCHREALTIME//[.,]/}
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%U %S' -o "$work/time.out" "$@" >/dev/null 2>"$work/cmd.err" || rc=$?
  else
    "$@" >/dev/null 2>"$work/cmd.err" || rc=$?
  fi
  t1=${EPOCHREALTIME//[.,]/}
  if [ "$rc" -ne 0 ]; then
    echo "failed (exit $rc): $*" >&2
    cat "$work/cmd.err" >&2
    return 1
  fi
  wall_ms=$(awk -v d="$(( t1 - t0 ))" 'BEGIN { printf "%.1f", d / 1000 }')
  cpu_ms=n/a; sys_ms=n/a
  if [ -x /usr/bin/time ]; then
    read -r cpu_ms sys_ms < <(awk '{ printf "%.0f %.0f\n", ($1 + $2) * 1000, $2 * 1000 }' "$work/time.out")
  fi
}

# quiet CMD...: runs CMD with its output dropped unless it fails (podman warns on stderr every call).
quiet() {
  "$@" >"$work/quiet.out" 2>&1 && return 0
  local rc=$?
  echo "failed (exit $rc): $*" >&2
  cat "$work/quiet.out" >&2
  return "$rc"
}

# median FORMAT V...: the median (mean of the middle two for an even count), printf'd; "n/a" if any value is.
median() {
  local fmt=$1; shift
  [ $# -gt 0 ] || { echo n/a; return; }
  printf '%s\n' "$@" | sort -g | awk -v fmt="$fmt\n" '/n\/a/ { na = 1 } { a[NR] = $1 }
    END { if (na) print "n/a"; else printf fmt, NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# steady FORMAT V...: the median of all values but the first (the clean-store round).
steady() { local fmt=$1; shift; if [ $# -ge 2 ]; then median "$fmt" "${@:2}"; else echo n/a; fi; }

# skiff_reset, podman_reset: what a CI machine does between jobs: remove the image $img from the store
# "${S[@]}" or "${P[@]}" names, then prune all that is unused (skiff also by system prune, when it has one).
skiff_reset() {
  if [ -z "${skiff_sysprune:-}" ]; then
    skiff_sysprune=no; "$skiff" system prune --help >/dev/null 2>&1 && skiff_sysprune=yes
  fi
  if "${S[@]}" image inspect "$img" >/dev/null 2>&1; then quiet "${S[@]}" rmi -f "$img"; fi
  quiet "${S[@]}" image prune -af
  [ "$skiff_sysprune" = no ] || quiet "${S[@]}" system prune -af
}
podman_reset() {
  if "${P[@]}" image exists "$img" 2>/dev/null; then quiet "${P[@]}" rmi -f "$img"; fi
  quiet "${P[@]}" image prune -af
}

churn_row() { printf '%-22s %10s %8s %8s   %10s %8s %8s   %6s\n' "$@"; }

# churn_rounds ROUNDS: the steady state under churn. Each round runs skiff_reset then times
# "${skiff_cmd[@]}", then (when $podman_ok) podman_reset and "${podman_cmd[@]}": interleaved, so both
# see the same machine. Prints every round, then the medians of rounds 2.. (round 1 is a clean store).
churn_rounds() {
  local rounds=$1 r label ratio_w
  local sw=() sc=() ss=() pw=() pc=() ps=()
  printf '%-22s %28s   %28s\n' "" "------------ skiff -----------" "----------- podman -----------"
  churn_row "round" "wall ms" "u+s ms" "sys ms" "wall ms" "u+s ms" "sys ms" "ratio"
  for r in $(seq "$rounds"); do
    skiff_reset
    timed_run "${skiff_cmd[@]}"
    sw+=("$wall_ms"); sc+=("$cpu_ms"); ss+=("$sys_ms")
    local p=("" "" "")
    if [ -n "${podman_ok:-}" ]; then
      podman_reset
      timed_run "${podman_cmd[@]}"
      pw+=("$wall_ms"); pc+=("$cpu_ms"); ps+=("$sys_ms")
      p=("$wall_ms" "$cpu_ms" "$sys_ms")
    fi
    label=$r; [ "$r" -gt 1 ] || label="1 (clean store)"
    ratio_w=n/a; [ -z "${p[0]}" ] || ratio_w=$(ratio "${sw[-1]}" "${p[0]}")
    churn_row "$label" "${sw[-1]}" "${sc[-1]}" "${ss[-1]}" "${p[0]:-n/a}" "${p[1]:-n/a}" "${p[2]:-n/a}" "$ratio_w"
  done
  [ "$rounds" -ge 2 ] || return 0
  local m=("$(steady %.1f "${sw[@]}")" "$(steady %.0f "${sc[@]}")" "$(steady %.0f "${ss[@]}")"
           "$(steady %.1f "${pw[@]}")" "$(steady %.0f "${pc[@]}")" "$(steady %.0f "${ps[@]}")")
  ratio_w=n/a; [ "${m[3]}" = n/a ] || ratio_w=$(ratio "${m[0]}" "${m[3]}")
  churn_row "steady (median 2-$rounds)" "${m[@]}" "$ratio_w"
  echo "ratio: skiff wall / podman wall; u+s: user+sys CPU time"
}
