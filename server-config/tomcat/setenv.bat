rem ChartServe's JVM options for Apache Tomcat on Windows. catalina.bat calls %CATALINA_BASE%\bin\setenv.bat
rem (or %CATALINA_HOME%\bin\setenv.bat) at start: copy this file there, or merge it into yours.

rem Headless AWT from the very start, whatever touches AWT first.
set "CATALINA_OPTS=%CATALINA_OPTS% -Djava.awt.headless=true"

rem The HTTP port of server-config\tomcat\conf\server.xml (8080 when unset).
if not "%CHARTSERVE_HTTP_PORT%" == "" set "CATALINA_OPTS=%CATALINA_OPTS% -Dchartserve.http.port=%CHARTSERVE_HTTP_PORT%"
