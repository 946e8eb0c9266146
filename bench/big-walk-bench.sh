#!/usr/bin/env bash
# The demo chart big-walk over HTTP (a stock Tomcat 10.1 with server-config/tomcat, the demo WAR)
# against matplotlib drawing the same chart in-process (bench/big_walk.py, its best case), in the
# same run, interleaved: for each size, ROUNDS rounds of RUNS sequential requests and RUNS matplotlib
# draws in one warm Python process (its first draw, which loads fonts, is left out). Also the bytes
# of big-walk in SVG and PDF, and the PNGs of both for a look.
#
# usage: bench/big-walk-bench.sh              (see BENCHMARKS.md, "Big series")
#   env: WAR=target/chartserve.war SIZES="1000000 10000000" ROUNDS=3 RUNS=5
#        CS_PORT=18380 CS_SHUTDOWN_PORT=18305 OUT=bench/results/big-walk
#
# Tomcat listens on 127.0.0.1 only and is stopped on exit, whatever happens.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
war=$(cd "$root" && realpath "${WAR:-target/chartserve.war}")
sizes=${SIZES:-"1000000 10000000"}
rounds=${ROUNDS:-3} runs=${RUNS:-5}
cs_port=${CS_PORT:-18380} cs_shutdown=${CS_SHUTDOWN_PORT:-18305}
tomcat_version=10.1.59
work=$here/target/big-walk
out=${OUT:-$here/results/big-walk}
tomcat=$work/tomcat
python=/usr/bin/python3

# shellcheck source=tomcat.sh
source "$here/tomcat.sh"
cleanup() {
  set +e
  tomcat_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -f "$war" ] || { echo "no WAR at $war: mvn -B -DskipTests package first" >&2; exit 1; }
if ! "$python" -c 'import matplotlib, numpy' 2>/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-matplotlib python3-numpy >/dev/null
fi
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }
rm -rf "$work" "$out"
mkdir -p "$work" "$out"
tomcat_unpack
cp "$war" "$tomcat/webapps/chartserve.war"

export CATALINA_HOME=$tomcat CATALINA_BASE=$tomcat CATALINA_PID=$work/catalina.pid
export CATALINA_OPTS="-Xmx2g -Djava.awt.headless=true -Dchartserve.http.port=$cs_port -Dchartserve.shutdown.port=$cs_shutdown"
log "starting Tomcat on 127.0.0.1:$cs_port with $(basename "$war")"
"$tomcat/bin/catalina.sh" start >/dev/null
base=http://127.0.0.1:$cs_port/chartserve/charts
for _ in $(seq 1 120); do
  curl -sf "$base/_health" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "$base/_health" >/dev/null || { echo "Tomcat did not come up" >&2; exit 1; }

{
  echo "date: $(date -u +%FT%TZ)"
  echo "machine: $(nproc) cores, $(uname -m); $(java -version 2>&1 | head -1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "matplotlib: $("$python" -c 'import matplotlib; print(matplotlib.__version__)')"
  echo "war: $war"
} > "$out/settings.txt"

# One request, its total time in ms (a fresh connection each time, as a browser's first image).
fetch_ms() {
  curl -s -o "$2" -w '%{http_code} %{time_total}\n' "$1" | awk '{ if ($1 != 200) { print "HTTP " $1 > "/dev/stderr"; exit 1 } printf "%.1f\n", $2 * 1000 }'
}

log "warming up"
for n in $sizes; do
  for _ in 1 2 3; do fetch_ms "$base/big-walk.png?points=$n" /dev/null >/dev/null; done
done

for n in $sizes; do
  for r in $(seq 1 "$rounds"); do
    log "points=$n round $r: ChartServe over HTTP"
    for _ in $(seq 1 "$runs"); do
      echo "$n $(fetch_ms "$base/big-walk.png?points=$n" "$out/chartserve-$n.png")" >> "$out/chartserve.txt"
    done
    log "points=$n round $r: matplotlib in-process"
    "$python" "$here/big_walk.py" "$n" "$((runs + 1))" --out "$out/matplotlib-$n.png" | tail -n +2 \
      | awk '{ print $1, $2 }' >> "$out/matplotlib.txt"
  done
done

for n in $sizes; do
  for format in svg pdf; do
    curl -s -o "$out/chartserve-$n.$format" "$base/big-walk.$format?points=$n"
  done
done

"$python" - "$out" $sizes <<'PY' | tee "$out/summary.txt"
import os, statistics, sys
out, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
def times(name):
    t = {}
    for line in open(os.path.join(out, name)):
        n, ms = line.split()
        t.setdefault(int(n), []).append(float(ms))
    return t
cs, mpl = times("chartserve.txt"), times("matplotlib.txt")
print("| points | ChartServe over HTTP, min / median | matplotlib in-process, min / median | ratio of medians |")
print("|---:|---:|---:|---:|")
for n in sizes:
    a, b = cs[n], mpl[n]
    print(f"| {n:,} | {min(a):.0f} / {statistics.median(a):.0f} ms | {min(b):.0f} / {statistics.median(b):.0f} ms"
          f" | {statistics.median(a) / statistics.median(b):.2f} |")
print()
for n in sizes:
    sizes_of = {f: os.path.getsize(os.path.join(out, f"chartserve-{n}.{f}")) for f in ("png", "svg", "pdf")}
    print(f"big-walk?points={n}: " + ", ".join(f"{f.upper()} {b:,} bytes" for f, b in sizes_of.items()))
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/settings.txt"
