#!/usr/bin/env bash
# Two ChartServe nodes (Tomcat 10.1, the demo WAR) behind Debian's nginx with
# server-config/nginx/chartserve.conf, as ClusterIT runs them, and wrk through the proxy: requests per
# second for cache hits, revalidations (a node's 304) and misses (a node draws), each phase with the
# CPU seconds the nodes and nginx spent on it, from /proc. Then the same misses and 304s sent to one
# node directly, without the proxy.
#
# usage: bench/cluster-bench.sh          (from anywhere; BENCHMARKS.md, "Behind nginx")
#   env: SECS=15 CONNS=16 THREADS=2      each measured phase
#        WARM_SECS=20                    misses before the measurements (JIT, caches)
#        KEYS=10000                      database-chart URLs the revalidation phase cycles through
#        BASE_PORT=18280                 nodes on BASE_PORT+1, +2 (shutdown +11, +12), nginx on BASE_PORT
#        BUILD=1                         rebuild target/chartserve.war even if it exists
#        OUT=bench/results/cluster       where the figures go (emptied first)
#
# Everything else goes under bench/target/cluster. Loopback only; everything is stopped on exit.
# The nodes run without a signing key here (wrk's URLs are unsigned); signing costs one HMAC per
# request, nothing next to drawing.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
secs=${SECS:-15} conns=${CONNS:-16} threads=${THREADS:-2} warm=${WARM_SECS:-20} keys=${KEYS:-10000}
base_port=${BASE_PORT:-18280}
tomcat_version=10.1.59
work=$here/target/cluster
out=${OUT:-$here/results/cluster}
tomcat=$work/tomcat
nginx_dir=$work/nginx
proxy=http://127.0.0.1:$base_port

# shellcheck source=tomcat.sh
source "$here/tomcat.sh"
command -v wrk >/dev/null || { apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -x /usr/sbin/nginx ] || { echo "needs Debian's nginx: apt-get install nginx" >&2; exit 1; }

node_pids=() nginx_pid=
cleanup() {
  set +e
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
  for pid in "${node_pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${node_pids[@]}" $nginx_pid; do
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# CPU seconds (user + system) a process and its children have used so far.
cpu() {
  local total=0 pid
  for pid in "$@" $(for p in "$@"; do pgrep -P "$p"; done); do
    total=$(awk -v t="$total" '{print t + ($14 + $15) / 100}' "/proc/$pid/stat")
  done
  echo "$total"
}

war=$root/target/chartserve.war
if [ "${BUILD:-0}" = 1 ] || [ ! -f "$war" ]; then
  log "building $war"
  (cd "$root" && mvn -B -q -DskipTests package)
fi
rm -rf "$work" "$out"
mkdir -p "$work" "$out"
tomcat_unpack

# ---- two nodes: CATALINA_BASEs of their own, the WAR as chartserve##001.war ----
for n in 1 2; do
  node=$work/node-$n
  mkdir -p "$node"/{logs,temp,work,webapps,bin}
  cp -r "$tomcat/conf" "$node/conf"
  cp "$root/server-config/tomcat/setenv.sh" "$node/bin/"
  cp "$war" "$node/webapps/chartserve##001.war"
  CATALINA_HOME=$tomcat CATALINA_BASE=$node JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")} \
    CHARTSERVE_HTTP_PORT=$((base_port + n)) CATALINA_OPTS="-Xmx1g -Dchartserve.shutdown.port=$((base_port + 10 + n))" \
    sh "$tomcat/bin/catalina.sh" run >"$node/logs/console.log" 2>&1 &
  node_pids+=($!)
done
for n in 1 2; do
  for _ in $(seq 1800); do
    curl -sf "http://127.0.0.1:$((base_port + n))/chartserve/charts/_health" 2>/dev/null | grep -q '"state":"DONE"' && break
    sleep 0.1
  done
  log "node $n serves"
done

# ---- nginx: chartserve.conf with its four site values replaced, as ClusterIT does ----
mkdir -p "$nginx_dir"/{logs,cache,temp}
sed -e "s|server 10.0.0.11:8080 |server 127.0.0.1:$((base_port + 1)) |" \
    -e "s|server 10.0.0.12:8080 |server 127.0.0.1:$((base_port + 2)) |" \
    -e "s|listen 80;|listen 127.0.0.1:$base_port;|" \
    -e "s|/var/cache/nginx/chartserve |$nginx_dir/cache |" \
    -e "s|/var/log/nginx/chartserve.log |$nginx_dir/logs/access.log |" \
    "$root/server-config/nginx/chartserve.conf" >"$nginx_dir/chartserve.conf"
{
  [ "$(id -u)" = 0 ] && echo "user root;"
  echo "worker_processes 1; pid $nginx_dir/nginx.pid; error_log $nginx_dir/logs/error.log notice;"
  echo "events { worker_connections 1024; }"
  echo "http { client_body_temp_path $nginx_dir/temp/body; proxy_temp_path $nginx_dir/temp/proxy;"
  echo "  fastcgi_temp_path $nginx_dir/temp/f; uwsgi_temp_path $nginx_dir/temp/u; scgi_temp_path $nginx_dir/temp/s;"
  echo "  include $nginx_dir/chartserve.conf; }"
} >"$nginx_dir/nginx.conf"
/usr/sbin/nginx -p "$nginx_dir" -e "$nginx_dir/logs/error.log" -c "$nginx_dir/nginx.conf" -t
/usr/sbin/nginx -p "$nginx_dir" -e "$nginx_dir/logs/error.log" -c "$nginx_dir/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 1

# ---- wrk scripts ----
# Misses: every request a URL the proxy has not kept: the four seed charts in turn, each at a size of
# its own around the default 640 x 480 (560-720 x 420-540). The nodes keep nothing (no
# chartserve.cache.maxBytes), so the same URLs sent to a node directly are misses too.
cat >"$work/miss.lua" <<'EOF'
local charts = {"seed-hist.png", "seed-line.png", "seed-heatmap.png", "seed-bar.png"}
local threads = 0
function setup(thread) thread:set("id", threads); threads = threads + 1 end
local counter, id, step = 0, 0, 1
function init(args) id = tonumber(wrk.thread:get("id")) or 0; step = tonumber(args[1] or "1") end
function request()
  local n = counter * step + id
  counter = counter + 1
  local k = math.floor(n / 4) % 19481
  return wrk.format("GET", string.format("/chartserve/charts/%s?width=%d&height=%d",
    charts[n % 4 + 1], 560 + k % 161, 420 + math.floor(k / 161)))
end
EOF
# Hits: the four seed charts, kept by the proxy.
cat >"$work/hit.lua" <<'EOF'
local charts = {"seed-hist.png", "seed-line.png", "seed-heatmap.png", "seed-bar.png"}
local counter = 0
function request()
  counter = counter + 1
  return wrk.format("GET", "/chartserve/charts/" .. charts[counter % 4 + 1])
end
EOF
# Revalidations: a database chart at KEYS sizes (days 1-10 x widths from 300), cycled; each URL comes
# back after a second or more, when nginx's 1 s of freshness is over: nginx asks the node with
# If-None-Match, the node reads the data version, draws nothing and says 304.
cat >"$work/reval.lua" <<EOF
local counter, id = 0, 0
function setup(thread) thread:set("id", math.random(0, $keys - 1)) end
function init(args) id = tonumber(wrk.thread:get("id")) or 0 end
function request()
  counter = counter + 1
  local k = (counter + id) % $keys
  return wrk.format("GET", string.format("/chartserve/charts/metrics.png?days=%d&width=%d", 1 + k % 10, 300 + math.floor(k / 10)))
end
EOF
# Direct 304s: one node asked with the image's own ETag.
etag=$(curl -sI "http://127.0.0.1:$((base_port + 1))/chartserve/charts/metrics.png?days=1&width=300" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
cat >"$work/direct304.lua" <<EOF
wrk.headers["If-None-Match"] = '$etag'
function request() return wrk.format("GET", "/chartserve/charts/metrics.png?days=1&width=300") end
EOF

# One measured phase: wrk, the CPU the nodes and nginx used, the proxy's verdicts for the phase.
phase() {
  local name=$1 target=$2 script=$3
  local lines before_nodes before_nginx after_nodes after_nginx
  lines=$(wc -l <"$nginx_dir/logs/access.log" 2>/dev/null || echo 0)
  before_nodes=$(cpu "${node_pids[@]}") before_nginx=$(cpu "$nginx_pid")
  wrk -t "$threads" -c "$conns" -d "${secs}s" --latency -s "$script" "$target" -- "$threads" >"$out/$name.txt"
  after_nodes=$(cpu "${node_pids[@]}") after_nginx=$(cpu "$nginx_pid")
  local requests
  requests=$(awk '/requests in/ {print $1}' "$out/$name.txt")
  {
    echo "phase=$name requests=$requests secs=$secs"
    awk '/Requests\/sec/ {print "requests_per_sec=" $2}' "$out/$name.txt"
    awk '/ 99% / {print "p99=" $2}' "$out/$name.txt"
    awk '/Non-2xx/ {print "non_2xx=" $NF}' "$out/$name.txt"
    echo "node_cpu_secs=$(awk -v a="$after_nodes" -v b="$before_nodes" 'BEGIN {print a - b}')"
    echo "nginx_cpu_secs=$(awk -v a="$after_nginx" -v b="$before_nginx" 'BEGIN {print a - b}')"
    tail -n +"$((lines + 1))" "$nginx_dir/logs/access.log" | { grep -o 'cache=[A-Z-]*' || true; } | sort | uniq -c | awk '{printf "%s:%s ", $2, $1} END {print ""}'
  } | tee "$out/$name.summary"
}

log "warming up: misses for ${warm}s on each node, directly (the proxy keeps none of them)"
for n in 1 2; do
  wrk -t "$threads" -c "$conns" -d "${warm}s" -s "$work/miss.lua" "http://127.0.0.1:$((base_port + n))" -- "$threads" >"$out/warm-up-$n.txt"
  wrk -t "$threads" -c "$conns" -d 5s -s "$work/direct304.lua" "http://127.0.0.1:$((base_port + n))" >"$out/warm-up-304-$n.txt"
done
log "pre-filling the cache: the hit set and $keys database URLs"
for c in seed-hist seed-line seed-heatmap seed-bar; do curl -s -o /dev/null "$proxy/chartserve/charts/$c.png"; done
for k in $(seq 0 $((keys - 1))); do echo "url = \"$proxy/chartserve/charts/metrics.png?days=$((1 + k % 10))&width=$((300 + k / 10))\""; echo "output = /dev/null"; done \
  | curl -s --parallel --parallel-max 4 -K - >/dev/null
sleep 2

log "phase: hits";           phase hit "$proxy" "$work/hit.lua"
log "phase: revalidations";  phase revalidation "$proxy" "$work/reval.lua"
log "phase: misses";         phase miss "$proxy" "$work/miss.lua"
log "phase: misses, one node directly"; phase miss-direct "http://127.0.0.1:$((base_port + 1))" "$work/miss.lua"
log "phase: 304s, one node directly";   phase 304-direct "http://127.0.0.1:$((base_port + 1))" "$work/direct304.lua"

{
  echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); $(/usr/sbin/nginx -v 2>&1); Tomcat $tomcat_version"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"
