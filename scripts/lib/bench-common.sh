# Shared by the bench scripts: a registry on loopback, timing helpers, podman detection.
# Sourced, not run.

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d /tmp/skiff-bench.XXXXXX)
cleanup_hooks=()
cleanup() {
  for h in "${cleanup_hooks[@]}"; do eval "$h" || true; done
  [ -n "${reg_pid:-}" ] && kill "$reg_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

build_skiff() {
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
