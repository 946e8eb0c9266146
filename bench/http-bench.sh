#!/usr/bin/env bash
# ChartServe on a real Tomcat 10.1 against the matplotlib anchor (Flask + gunicorn), same machine,
# same run, same load: the seed charts' four-chart mix through the anchor's own bench.sh (wrk).
#
# usage: bench/http-bench.sh            (from anywhere; see BENCHMARKS.md)
#   env: SECS=15 CONNS=8               the measured runs, each server in turn
#        CS_WARM_SECS=60 MPL_WARM_SECS=10   the warm-up runs before the measured ones
#        HEAP_SECS=120                 the long run between the two heap measurements (0: skip)
#        PROFILE_SECS=20               a JFR recording of ChartServe under the mix (0: skip)
#        CS_PORT=18180 CS_SHUTDOWN_PORT=18105 MPL_PORT=8801   loopback ports (not the tests' ones)
#        CS_HEAP=1g                    Tomcat's -Xmx
#        CS_EXTRA_OPTS="-Xlog:..."     more JVM options for Tomcat
#        BUILD=1                       rebuild target/chartserve.war even if it exists
#        FIRST_PROBE=/chartserve/charts/_health   request this before the first chart, to split the
#                                      first request's cost (web stack's first request vs first chart)
#        FIRST_ONLY=1                  stop after the first-request figures
#        WAIT_WARM_UP=0                send the first request without waiting for the application's
#                                      warm-up requests to end (default: wait for their log line)
#        OUT=bench/results/http        where the figures go (emptied first)
#        ANCHOR=<repo>/../shared/anchors/seed-charts
#
# Everything it writes goes under bench/target/http (the Tomcat, logs, JFR) and bench/results/http
# (the figures). Both servers listen on 127.0.0.1 only and are stopped on exit, whatever happens.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
anchor=${ANCHOR:-$root/../shared/anchors/seed-charts}
anchor=$(cd "$anchor" && pwd)
secs=${SECS:-15} conns=${CONNS:-8}
heap_secs=${HEAP_SECS:-120} profile_secs=${PROFILE_SECS:-20}
cs_warm=${CS_WARM_SECS:-60} mpl_warm=${MPL_WARM_SECS:-10}
cs_port=${CS_PORT:-18180} cs_shutdown=${CS_SHUTDOWN_PORT:-18105} mpl_port=${MPL_PORT:-8801}
cs_heap=${CS_HEAP:-1g}
tomcat_version=10.1.59
work=$here/target/http
out=${OUT:-$here/results/http}
tomcat=$work/tomcat
cs_base=http://127.0.0.1:$cs_port
mpl_base=http://127.0.0.1:$mpl_port
cs_prefix=/chartserve/charts/seed-

# shellcheck source=tomcat.sh
source "$here/tomcat.sh"
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for p in "$cs_port" "$cs_shutdown" "$mpl_port"; do
  port_free "$p" || { echo "port 127.0.0.1:$p is in use: pick others (CS_PORT, CS_SHUTDOWN_PORT, MPL_PORT)" >&2; exit 1; }
done
command -v wrk >/dev/null || { apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v curl >/dev/null || { apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null; }
command -v unzip >/dev/null || { apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip >/dev/null; }

mpl_pid=
cleanup() {
  set +e
  tomcat_stop
  if [ -n "$mpl_pid" ] && kill -0 "$mpl_pid" 2>/dev/null; then
    log "stopping matplotlib (gunicorn $mpl_pid)"
    kill "$mpl_pid"
    for _ in $(seq 50); do kill -0 "$mpl_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$mpl_pid" 2>/dev/null && kill -9 "$mpl_pid"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- the WAR and a fresh Tomcat ----
war=$root/target/chartserve.war
if [ "${BUILD:-0}" = 1 ] || [ ! -f "$war" ]; then
  log "building $war"
  (cd "$root" && mvn -B -q -DskipTests package)
fi
rm -rf "$work" "$out"
mkdir -p "$work" "$out"
tomcat_unpack

# ---- start Tomcat with the WAR in place; time the deployment and the first chart ----
cp "$war" "$tomcat/webapps/chartserve.war"
export CATALINA_HOME=$tomcat CATALINA_BASE=$tomcat CATALINA_PID=$work/catalina.pid
export CATALINA_OPTS="-Xmx$cs_heap -Djava.awt.headless=true -Dchartserve.http.port=$cs_port -Dchartserve.shutdown.port=$cs_shutdown ${CS_EXTRA_OPTS:-}"
log "starting Tomcat on 127.0.0.1:$cs_port"
t0=$(date +%s%N)
"$tomcat/bin/catalina.sh" start >/dev/null
catalina_out=$tomcat/logs/catalina.out
for _ in $(seq 1200); do
  grep -q 'Deployment of web application archive .*chartserve.war.* has finished' "$catalina_out" 2>/dev/null && break
  grep -q 'Error deploying web application archive' "$catalina_out" 2>/dev/null && { cat "$catalina_out" >&2; exit 1; }
  sleep 0.05
done
t1=$(date +%s%N)
grep -q 'Deployment of web application archive .*chartserve.war.* has finished' "$catalina_out" \
  || { echo "Tomcat did not deploy chartserve.war in 60 s" >&2; tail -50 "$catalina_out" >&2; exit 1; }
# At server start Tomcat deploys before it starts its connector: a request sent now waits in the
# socket's backlog for the rest of the start-up. Wait for "Server startup", so the first request
# measures the application, not Tomcat's remaining start-up.
for _ in $(seq 600); do
  grep -q 'Server startup in' "$catalina_out" 2>/dev/null && break
  sleep 0.05
done
# The application then sends itself its warm-up requests (chartserve.warmUp in the demo's web.xml)
# and logs a line when they are done: from then on it is ready. WAIT_WARM_UP=0 measures without
# waiting (the first request then races the warm-up).
t2=$(date +%s%N)
if [ "${WAIT_WARM_UP:-1}" = 1 ]; then
  for _ in $(seq 1200); do
    grep -q 'ChartServe warm-up requests of .* \(done\|stopped\)' "$catalina_out" 2>/dev/null && break
    sleep 0.05
  done
fi
t3=$(date +%s%N)
probe=""
if [ -n "${FIRST_PROBE:-}" ]; then
  probe=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$cs_base$FIRST_PROBE")
fi
first=$(curl -s -o "$out/first-seed-hist.png" -w '%{http_code} %{time_total}' "$cs_base${cs_prefix}hist.png")
# The first request of each of the other charts (each one's classes and first layout).
firsts=""
for c in line heatmap bar; do
  firsts+="seed-$c=$(curl -s -o /dev/null -w '%{http_code}:%{time_total}' "$cs_base$cs_prefix$c.png") "
done
cs_pid=$(cat "$work/catalina.pid")
deploy_ms=$(grep -o 'chartserve.war\] has finished in \[[0-9,]*\] ms' "$catalina_out" | grep -o '[0-9,]*' | tr -d ,)
{
  echo "tomcat start -> deploy finished (seen in log): $(( (t1 - t0) / 1000000 )) ms (Tomcat: deployment took ${deploy_ms:-?} ms)"
  echo "server started -> warm-up requests done (seen in log): $(( (t3 - t2) / 1000000 )) ms (WAIT_WARM_UP=${WAIT_WARM_UP:-1})"
  grep -o 'ChartServe warm-up requests of .*' "$catalina_out" | head -1 || true
  grep -o 'ChartServe started:.*' "$catalina_out" | head -1
  [ -n "$probe" ] && echo "probe before it, $FIRST_PROBE: http=${probe% *} time_total=${probe#* } s"
  echo "first request after deploy, seed-hist.png: http=${first% *} time_total=${first#* } s"
  echo "second seed-hist.png: $(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$cs_base${cs_prefix}hist.png") s"
  echo "first request of each other chart: $firsts"
} | tee "$out/first-request.txt"
[ "${FIRST_ONLY:-0}" = 1 ] && exit 0

# ---- PNG sizes: ours (from this server) against matplotlib's reference files ----
{
  printf '%-14s %12s %12s %s\n' chart chartserve_B matplotlib_B "ours/theirs, dimensions (ours | theirs)"
  for c in hist line heatmap bar; do
    curl -s -o "$out/seed-$c.png" "$cs_base$cs_prefix$c.png"
    ours=$(stat -c %s "$out/seed-$c.png") theirs=$(stat -c %s "$anchor/reference/seed-$c.png")
    dim_ours=$(file -b "$out/seed-$c.png" | grep -o '[0-9]* x [0-9]*' || true)
    dim_theirs=$(file -b "$anchor/reference/seed-$c.png" | grep -o '[0-9]* x [0-9]*' || true)
    printf '%-14s %12s %12s %s\n' "seed-$c" "$ours" "$theirs" \
      "$(awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "%.2f", a / b}'), $dim_ours | $dim_theirs"
  done
} | tee "$out/png-sizes.txt"

# ---- the matplotlib anchor ----
log "starting matplotlib (serve.sh $mpl_port 2 4)"
"$anchor/matplotlib/serve.sh" "$mpl_port" 2 4 >"$work/gunicorn.log" 2>&1 &
mpl_pid=$!
for _ in $(seq 600); do
  curl -s -o /dev/null "$mpl_base/chart/bar.png" && break
  sleep 0.1
done
curl -sf -o /dev/null "$mpl_base/chart/bar.png" || { echo "matplotlib did not start" >&2; cat "$work/gunicorn.log" >&2; exit 1; }

# ---- warm both (JIT on our side; imports and first draws on theirs) ----
# ChartServe's JIT keeps compiling under the mix for about a minute on 2 cores (a compilation log
# showed the C2 threads busy with a third of a core 20-40 s in, and quiet after 60 s); the
# throughput goal is about the steady state, the first request has its own figure above.
log "warming ChartServe (${cs_warm} s) and matplotlib (${mpl_warm} s)"
"$anchor/matplotlib/bench.sh" "$cs_base" "$cs_warm" "$conns" "$cs_prefix" .png | sed 's/^/warm-up chartserve: /' | tee "$out/warmup.txt"
"$anchor/matplotlib/bench.sh" "$mpl_base" "$mpl_warm" "$conns" | sed 's/^/warm-up matplotlib: /' | tee -a "$out/warmup.txt"

# ---- the measurement: each in turn, the other idle ----
log "measuring: matplotlib, then ChartServe, ${secs} s x $conns connections each"
mpl_line=$("$anchor/matplotlib/bench.sh" "$mpl_base" "$secs" "$conns")
cs_line=$("$anchor/matplotlib/bench.sh" "$cs_base" "$secs" "$conns" "$cs_prefix" .png)
mpl_rss=$(ps -o rss= --ppid "$mpl_pid" | awk '{s += $1} END {printf "%.0f", s / 1024}')
cs_rss=$(ps -o rss= -p "$cs_pid" | awk '{printf "%.0f", $1 / 1024}')
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$2"; }
{
  echo "matplotlib (gunicorn 2x4): $mpl_line rss_workers=${mpl_rss}MB"
  echo "chartserve (Tomcat 10.1):  $cs_line rss=${cs_rss}MB"
  awk -v a="$(field rps "$cs_line")" -v b="$(field rps "$mpl_line")" \
      -v c="$(to_ms "$(field p99 "$cs_line")")" -v d="$(to_ms "$(field p99 "$mpl_line")")" \
      -v e="$(to_ms "$(field p50 "$cs_line")")" -v f="$(to_ms "$(field p50 "$mpl_line")")" 'BEGIN {
    printf "ratio chartserve/matplotlib: rps x%.1f (goal >= 20), p99 %.3f (goal <= 0.1; %s ms vs %s ms), p50 %.3f\n", a / b, c / d, c, d, e / f
  }'
} | tee "$out/http.txt"

# ---- where ChartServe's time goes under the mix: a JFR recording ----
if [ "$profile_secs" -gt 0 ]; then
  log "profiling ChartServe with JFR (${profile_secs} s under the mix)"
  jcmd "$cs_pid" JFR.start name=bench settings=profile filename="$work/chartserve.jfr" >/dev/null
  "$anchor/matplotlib/bench.sh" "$cs_base" "$profile_secs" "$conns" "$cs_prefix" .png | sed 's/^/during JFR: /' | tee "$out/jfr-run.txt"
  jcmd "$cs_pid" JFR.stop name=bench >/dev/null
  "$here/jfr-summary.sh" "$work/chartserve.jfr" > "$out/jfr-summary.txt" || true
fi

# ---- heap after a full GC, before and after a long run ----
heap() { jcmd "$cs_pid" GC.run >/dev/null; sleep 1; jcmd "$cs_pid" GC.run >/dev/null; jcmd "$cs_pid" GC.heap_info | sed 1d; }
if [ "$heap_secs" -gt 0 ]; then
  log "heap before; then ${heap_secs} s of the mix; heap after"
  { echo "== before"; heap; } > "$out/heap.txt"
  jcmd "$cs_pid" GC.class_histogram | head -25 > "$out/histogram-before.txt"
  PREFIX=$cs_prefix SUFFIX=.png wrk -t2 -c"$conns" -d"${heap_secs}s" --latency -s "$anchor/matplotlib/mix.lua" "$cs_base" > "$out/long-run-wrk.txt"
  { echo "== after $(grep -o '[0-9]* requests in [^,]*' "$out/long-run-wrk.txt")"; heap; } >> "$out/heap.txt"
  jcmd "$cs_pid" GC.class_histogram | head -25 > "$out/histogram-after.txt"
  used() { grep -o 'used [0-9]*K' | sed -n "$1p" | tr -dc 0-9; }
  before=$(sed -n '/== before/,/== after/p' "$out/heap.txt" | used 1)
  after=$(sed -n '/== after/,$p' "$out/heap.txt" | used 1)
  echo "heap used after full GC: before ${before} KB, after ${after} KB ($(grep -o '[0-9]* requests in [^,]*' "$out/long-run-wrk.txt"); $(awk '/Requests\/sec/ {print "rps=" $2}' "$out/long-run-wrk.txt"))" | tee -a "$out/http.txt"
fi
awk '$9 != 200' "$tomcat"/logs/localhost_access_log* > "$out/access-not-200.txt" || true
# wrk ends each run with requests in flight: Jersey logs those client aborts as SEVERE.
echo "SEVERE log records: $(grep -c ' SEVERE ' "$catalina_out" || true), of which client aborts (broken pipe at the end of a wrk run): $(grep -c 'SEVERE.*Responder.writeResponse' "$catalina_out" || true); responses other than 200 in the access log: $(wc -l < "$out/access-not-200.txt") (in access-not-200.txt)" | tee -a "$out/http.txt"
log "done; figures in $out"
