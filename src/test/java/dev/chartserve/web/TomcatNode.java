package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

/**
 * One ChartServe node: a Tomcat of its own ({@code CATALINA_BASE} under {@code target/}, the
 * distribution the build unpacked as {@code CATALINA_HOME}, {@code server-config/tomcat} as its
 * configuration and {@code setenv.sh}), started with {@code catalina.sh run} as a child process, so the
 * test can stop it gracefully or kill it outright. Applications go in as WAR files copied into
 * {@code webapps/}, as an operator deploys them. Loopback only.
 */
final class TomcatNode implements AutoCloseable {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final Path home;
  private final Path base;
  private final int port;
  private final int shutdownPort;
  private final List<String> jvmOptions;
  private Process process;

  /**
   * @param jvmOptions extra {@code CATALINA_OPTS} of this node, such as ChartServe settings as
   *                   system properties
   */
  TomcatNode(String name, Path home, Path base, int port, int shutdownPort, List<String> jvmOptions)
      throws IOException {
    this.name = name;
    this.home = home;
    this.base = base;
    this.port = port;
    this.shutdownPort = shutdownPort;
    this.jvmOptions = List.copyOf(jvmOptions);
    deleteTree(base);
    for (String dir : List.of("logs", "temp", "work", "webapps", "bin")) {
      Files.createDirectories(base.resolve(dir));
    }
    copyTree(home.resolve("conf"), base.resolve("conf"));
    // The manager (text interface only): the test asks it which versions of an application run.
    copyTree(home.resolve("webapps/manager"), base.resolve("webapps/manager"));
    Files.copy(Path.of("server-config/tomcat/setenv.sh"), base.resolve("bin/setenv.sh"));
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  /** The application at {@code /chartserve/} on this node, directly (not through the proxy). */
  URL chartserve() throws IOException {
    return URI.create("http://127.0.0.1:" + port + "/chartserve/").toURL();
  }

  /** Copies {@code war} into {@code webapps/} as {@code fileName}, whole (written beside it, then moved). */
  void deploy(Path war, String fileName) throws IOException {
    Path part = base.resolve(fileName + ".part");
    Files.copy(war, part, StandardCopyOption.REPLACE_EXISTING);
    Files.move(part, base.resolve("webapps").resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Starts Tomcat; {@link #awaitServing} says when it serves. */
  void start() throws IOException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " is running");
    }
    // Through sh: the build unpacks the distribution without its execute bits. catalina.sh run
    // execs java, so the process is Tomcat's JVM itself.
    ProcessBuilder builder = new ProcessBuilder("/bin/sh", home.resolve("bin/catalina.sh").toString(), "run")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("logs/console.log").toFile()));
    Map<String, String> env = builder.environment();
    env.put("CATALINA_HOME", home.toString());
    env.put("CATALINA_BASE", base.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("CHARTSERVE_HTTP_PORT", Integer.toString(port));
    env.put("CATALINA_OPTS", String.join(" ", jvmOptions) + " -Xmx768m -Dchartserve.shutdown.port=" + shutdownPort);
    env.remove("DISPLAY");
    process = builder.start();
  }

  /**
   * Waits until {@code /chartserve/charts/_health} answers 200 and the application's own warm-up
   * requests have ended; fails after {@code patience} or if the JVM exits.
   */
  JsonObject awaitServing(Duration patience) throws Exception {
    long giveUp = System.nanoTime() + patience.toNanos();
    while (true) {
      try {
        HttpResponse<byte[]> response = Http.get(URI.create(chartserve() + "charts/_health"));
        if (response.statusCode() == 200) {
          return Http.awaitWarmUp(chartserve());
        }
      } catch (IOException notListeningYet) {
        // the connector is not open yet
      }
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + "; see " + base.resolve("logs"));
      }
      if (System.nanoTime() > giveUp) {
        throw new AssertionError(name + " did not serve /chartserve within " + patience + "; see " + base.resolve("logs"));
      }
      Thread.sleep(100); // polling another process's start-up: a bounded wait, not a timing assumption
    }
  }

  /** This node's {@code /charts/_health}, asked directly. */
  JsonObject health() throws Exception {
    return Http.health(chartserve());
  }

  /** The charts this node has drawn since its application started ({@code renders.rendered}). */
  long rendered() throws Exception {
    return health().getJsonObject("renders").getJsonNumber("rendered").longValue();
  }

  /** Kills the JVM outright (SIGKILL): no shutdown, connections reset, requests in flight lost. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError(name + " survived SIGKILL for 30 s");
    }
  }

  /**
   * The versions of {@code /chartserve} this node runs, from Tomcat's manager: {@code chartserve##002}
   * for a WAR deployed as {@code chartserve##002.war}.
   */
  List<String> runningVersions() throws Exception {
    String credentials = Base64.getEncoder().encodeToString("arquillian:arquillian".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/manager/text/list"))
        .header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    List<String> versions = new ArrayList<>();
    for (String line : response.body().split("\n")) {
      String[] fields = line.strip().split(":");
      // "/chartserve:running:0:chartserve##002": path, state, sessions, directory
      if (fields.length == 4 && fields[0].equals("/chartserve") && fields[1].equals("running")) {
        versions.add(fields[3]);
      }
    }
    return versions;
  }

  /** Stops Tomcat gracefully (SIGTERM: its shutdown hook), or kills it after 60 s. */
  @Override
  public void close() throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }
}
