# Sourced by the bench scripts: a stock Tomcat with server-config/tomcat, on loopback ports.
# The caller sets root (the project), work (scratch folder), tomcat (where it goes), tomcat_version,
# cs_port and cs_shutdown before calling these.

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# Stops the Tomcat started from $work/catalina.pid, if any; never fails.
tomcat_stop() {
  if [ -f "$work/catalina.pid" ]; then
    log "stopping Tomcat"
    CATALINA_HOME=$tomcat CATALINA_BASE=$tomcat CATALINA_PID=$work/catalina.pid \
      CATALINA_OPTS="-Dchartserve.http.port=$cs_port -Dchartserve.shutdown.port=$cs_shutdown" \
      "$tomcat/bin/catalina.sh" stop 20 -force >/dev/null 2>&1 || true
    rm -f "$work/catalina.pid"
  fi
}

# Unpacks org.apache.tomcat:tomcat:$tomcat_version from Maven into $tomcat with no web applications
# and the project's server configuration.
tomcat_unpack() {
  log "unpacking Tomcat $tomcat_version"
  (cd "$root" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact=org.apache.tomcat:tomcat:$tomcat_version:zip -DoutputDirectory="$work" -Dmdep.overWriteReleases=true)
  unzip -q "$work/tomcat-$tomcat_version.zip" -d "$work"
  mv "$work/apache-tomcat-$tomcat_version" "$tomcat"
  rm -rf "$tomcat"/webapps/*
  cp "$root"/server-config/tomcat/conf/*.xml "$tomcat/conf/"
  chmod +x "$tomcat"/bin/*.sh
}
