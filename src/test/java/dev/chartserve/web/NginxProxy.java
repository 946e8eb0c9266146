package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's nginx in front of the nodes, as a test process of its own: its prefix, pid file, logs,
 * temporary files and cache under one folder in {@code target/}, and as its site configuration
 * {@code server-config/nginx/chartserve.conf} exactly as documented, but for its four site values
 * (the node addresses, the listen address, the cache folder and the access log), which are replaced
 * here by this run's. A change to the file's shape that would leave one of them unreplaced fails the
 * test instead of testing something else.
 */
final class NginxProxy implements AutoCloseable {
  /** The documented values in chartserve.conf that a site changes. */
  static final String FIRST_NODE = "server 10.0.0.11:8080 ";
  static final String SECOND_NODE = "server 10.0.0.12:8080 ";
  static final String LISTEN = "listen 80;";
  static final String CACHE_DIR = "/var/cache/nginx/chartserve ";
  static final String ACCESS_LOG = "/var/log/nginx/chartserve.log ";

  private final Path dir;
  private final int port;
  private final Process process;

  private NginxProxy(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /** Debian's nginx binary: {@code chartserve.nginx} if set, else {@code /usr/sbin/nginx} if there. */
  static Optional<Path> executable() {
    Path path = Path.of(System.getProperty("chartserve.nginx", "/usr/sbin/nginx"));
    return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
  }

  /**
   * Writes the configuration for {@code nodes} (two, in order) into {@code dir}, checks it with
   * {@code nginx -t} and starts nginx in the foreground of a child process.
   */
  static NginxProxy start(Path nginx, Path site, Path dir, int port, List<TomcatNode> nodes) throws Exception {
    TomcatNode.deleteTree(dir);
    for (String sub : List.of("logs", "cache", "temp")) {
      Files.createDirectories(dir.resolve(sub));
    }
    String conf = Files.readString(site, StandardCharsets.UTF_8);
    conf = replaceOnce(conf, FIRST_NODE, "server 127.0.0.1:" + nodes.get(0).port() + " ");
    conf = replaceOnce(conf, SECOND_NODE, "server 127.0.0.1:" + nodes.get(1).port() + " ");
    conf = replaceOnce(conf, LISTEN, "listen 127.0.0.1:" + port + ";");
    conf = replaceOnce(conf, CACHE_DIR, dir.resolve("cache") + " ");
    conf = replaceOnce(conf, ACCESS_LOG, dir.resolve("logs/access.log") + " ");
    Files.writeString(dir.resolve("chartserve.conf"), conf, StandardCharsets.UTF_8);

    Path temp = dir.resolve("temp");
    // As root, nginx would run its workers as "nobody", who cannot write the cache folder here.
    String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
    Files.writeString(dir.resolve("nginx.conf"), user
        + "worker_processes 1;\n"
        + "pid " + dir.resolve("nginx.pid") + ";\n"
        + "error_log " + dir.resolve("logs/error.log") + " notice;\n"
        + "events { worker_connections 1024; }\n"
        + "http {\n"
        + "  client_body_temp_path " + temp.resolve("client_body") + ";\n"
        + "  proxy_temp_path " + temp.resolve("proxy") + ";\n"
        + "  fastcgi_temp_path " + temp.resolve("fastcgi") + ";\n"
        + "  uwsgi_temp_path " + temp.resolve("uwsgi") + ";\n"
        + "  scgi_temp_path " + temp.resolve("scgi") + ";\n"
        + "  include " + dir.resolve("chartserve.conf") + ";\n"
        + "}\n", StandardCharsets.UTF_8);

    List<String> command = List.of(nginx.toString(), "-p", dir.toString(), "-e", dir.resolve("logs/error.log").toString(),
        "-c", dir.resolve("nginx.conf").toString());
    List<String> test = new ArrayList<>(command);
    test.add("-t");
    Process check = new ProcessBuilder(test).redirectErrorStream(true).start();
    String checked = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!check.waitFor(30, TimeUnit.SECONDS)) {
      check.destroyForcibly();
      throw new AssertionError("nginx -t did not finish in 30 s");
    }
    assertEquals(0, check.exitValue(), "nginx -t:\n" + checked);

    List<String> run = new ArrayList<>(command);
    run.addAll(List.of("-g", "daemon off;"));
    Process process = new ProcessBuilder(run).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("logs/console.log").toFile())).start();
    NginxProxy proxy = new NginxProxy(dir, port, process);
    proxy.awaitListening(Duration.ofSeconds(30));
    return proxy;
  }

  /** The application at {@code /chartserve/}, through the proxy. */
  URL chartserve() throws IOException {
    return URI.create("http://127.0.0.1:" + port + "/chartserve/").toURL();
  }

  /** The access log's lines so far ({@code log_format chartserve}). */
  List<String> accessLog() throws IOException {
    Path log = dir.resolve("logs/access.log");
    return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
  }

  /** Stops nginx (SIGTERM: a fast shutdown of the master and its workers). */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private void awaitListening(Duration patience) throws Exception {
    long giveUp = System.nanoTime() + patience.toNanos();
    URI uri = URI.create("http://127.0.0.1:" + port + "/");
    while (true) {
      try {
        Http.get(uri);
        return; // any answer: it listens
      } catch (IOException notYet) {
        if (!process.isAlive() || System.nanoTime() > giveUp) {
          throw new AssertionError("nginx did not listen on " + port + " within " + patience + ":\n"
              + errorLog(), notYet);
        }
        Thread.sleep(50); // polling another process's start-up: a bounded wait, not a timing assumption
      }
    }
  }

  private String errorLog() throws IOException {
    try (Stream<String> lines = Files.lines(dir.resolve("logs/error.log"))) {
      return String.join("\n", lines.toList());
    }
  }

  private static String replaceOnce(String text, String value, String replacement) {
    int first = text.indexOf(value);
    int last = text.lastIndexOf(value);
    if (first < 0 || first != last) {
      throw new AssertionError("server-config/nginx/chartserve.conf must contain \"" + value.strip()
          + "\" exactly once (a site value the test replaces), found it " + (first < 0 ? "nowhere" : "more than once"));
    }
    return text.substring(0, first) + replacement + text.substring(first + value.length());
  }
}
