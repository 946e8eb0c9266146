#!/bin/sh
# ChartServe's JVM options for Apache Tomcat. Tomcat's catalina.sh sources $CATALINA_BASE/bin/setenv.sh
# (or $CATALINA_HOME/bin/setenv.sh) at start: copy this file there, or merge it into yours.

# Headless AWT from the very start. ChartServe sets this itself when the application starts, but only
# if nothing touched AWT earlier; on the command line it holds for the whole JVM, whatever loads first.
CATALINA_OPTS="$CATALINA_OPTS -Djava.awt.headless=true"

# The HTTP port of server-config/tomcat/conf/server.xml (8080 when unset).
if [ -n "${CHARTSERVE_HTTP_PORT:-}" ]; then
  CATALINA_OPTS="$CATALINA_OPTS -Dchartserve.http.port=$CHARTSERVE_HTTP_PORT"
fi
export CATALINA_OPTS
