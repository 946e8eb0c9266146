#!/usr/bin/env bash
# Bursts of many charts at once against the demo WAR at its default configuration, on a stock Tomcat
# 10.1 with server-config/tomcat: 32 x 40, 64 x 20 and 128 x 10 requests over the seed mix (four
# charts, PNG and SVG, two sizes), 32 identical requests for a new URL at the same moment, and the
# flood case (one render slot, a queue of two, 48 clients on a chart that runs into its deadline).
#
# usage: bench/burst-bench.sh                 (see BENCHMARKS.md)
#   env: WAR=target/chartserve.war            the WAR to measure (e.g. an older build, to compare)
#        ROUNDS=1                             how many times to run the whole set
#        CS_PORT=18280 CS_SHUTDOWN_PORT=18205  loopback ports (not the tests' nor http-bench's)
#        OUT=bench/results/burst              where the figures go (emptied first)
#
# Everything it writes goes under bench/target/burst (the Tomcat, its logs) and $OUT. Tomcat listens
# on 127.0.0.1 only and is stopped on exit, whatever happens. The client (burst.py) refuses any
# address but loopback.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
war=$(cd "$root" && realpath "${WAR:-target/chartserve.war}")
rounds=${ROUNDS:-1}
cs_port=${CS_PORT:-18280} cs_shutdown=${CS_SHUTDOWN_PORT:-18205}
tomcat_version=10.1.59
work=$here/target/burst
out=${OUT:-$here/results/burst}
tomcat=$work/tomcat

# shellcheck source=tomcat.sh
source "$here/tomcat.sh"
cleanup() {
  set +e
  tomcat_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -f "$war" ] || { echo "no WAR at $war: mvn -B -DskipTests package first" >&2; exit 1; }
rm -rf "$work" "$out"
mkdir -p "$work" "$out"
tomcat_unpack

# The demo WAR as built (default configuration), and a copy whose web.xml asks for the flood case.
cp "$war" "$tomcat/webapps/chartserve.war"
python3 - "$war" "$tomcat/webapps/flood.war" <<'EOF'
import sys, zipfile
source, target = sys.argv[1], sys.argv[2]
params = {"chartserve.maxConcurrentRenders": "1", "chartserve.maxQueuedRenders": "2",
          "chartserve.queueTimeout": "10000", "chartserve.renderTimeout": "300",
          "chartserve.demo.faults": "true", "chartserve.warmUp": "none"}
xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">\n'
       + "".join(f"  <context-param><param-name>{k}</param-name><param-value>{v}</param-value></context-param>\n"
                 for k, v in params.items()) + "</web-app>\n")
with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        dst.writestr(item, xml if item.filename == "WEB-INF/web.xml" else src.read(item.filename))
EOF

export CATALINA_HOME=$tomcat CATALINA_BASE=$tomcat CATALINA_PID=$work/catalina.pid
export CATALINA_OPTS="-Xmx1g -Djava.awt.headless=true -Dchartserve.http.port=$cs_port -Dchartserve.shutdown.port=$cs_shutdown"
log "starting Tomcat on 127.0.0.1:$cs_port with $(basename "$war")"
"$tomcat/bin/catalina.sh" start >/dev/null
catalina_out=$tomcat/logs/catalina.out
for _ in $(seq 1200); do
  grep -q 'Server startup in' "$catalina_out" 2>/dev/null && break
  sleep 0.05
done
for _ in $(seq 1200); do
  grep -q 'ChartServe warm-up requests of /chartserve \(done\|stopped\)' "$catalina_out" 2>/dev/null && break
  sleep 0.05
done
grep -o 'ChartServe Settings\[.*' "$catalina_out" | tee "$out/settings.txt"

git -C "$root" log -1 --format='commit %h %s' | tee "$out/burst.txt"
echo "war $(basename "$war") $(sha256sum "$war" | cut -c1-12)" | tee -a "$out/burst.txt"
for round in $(seq "$rounds"); do
  log "round $round of $rounds"
  python3 "$here/burst.py" "http://127.0.0.1:$cs_port/chartserve" "http://127.0.0.1:$cs_port/flood" \
    | sed "s/^/round=$round /" | tee -a "$out/burst.txt"
done
grep -c ' 503 ' "$tomcat"/logs/localhost_access_log.*.txt | sed 's/^/access-log 503 lines: /' | tee -a "$out/burst.txt" || true
