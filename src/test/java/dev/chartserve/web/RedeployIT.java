package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploys and undeploys a copy of the demo WAR ten times (five on Tomcat 9) on the running Tomcat,
 * drawing charts in each, then asks Tomcat's leak detection and the JVM itself whether any of those
 * applications is still in memory. A leak of any kind (a thread, a ThreadLocal, an MBean, a JDK cache) keeps a whole
 * class loader alive, one more per redeploy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedeployIT {
  private static final String CONTEXT = "redeploy";
  /** Ten; five on Tomcat 9, the javax run (pom.xml sets {@code redeploy.cycles}). */
  private static final int CYCLES = Integer.getInteger("redeploy.cycles", 10);
  private static final String MARKER = RedeployMarker.class.getName();
  private static final Duration JCMD_TIMEOUT = Duration.ofSeconds(60);

  @Deployment(name = CONTEXT, testable = false, managed = false)
  static WebArchive war() {
    return Wars.withContextParams(CONTEXT + ".war", Map.of()).addClass(RedeployMarker.class);
  }

  @ArquillianResource
  Deployer deployer;

  @Test
  void redeploysThatDrawChartsLeaveNoApplicationBehind() throws Exception {
    assumeTrue("tomcat".equals(System.getProperty("server.kind")),
        "asks Tomcat's manager (findleaks) and Tomcat's JVM (jcmd); WildFly has neither the manager"
            + " nor a Tomcat class loader to count");
    long tomcat = tomcatPid();
    URL base = new URL("http://127.0.0.1:" + System.getProperty("tomcat.port") + "/" + CONTEXT + "/");

    int loadersWhileDeployed = -1;
    for (int cycle = 1; cycle <= CYCLES; cycle++) {
      deployer.deploy(CONTEXT);
      try {
        // The application's own warm-up request (_health) must have ended: undeploying while any
        // request is in flight makes Tomcat report that request's ThreadLocals (Weld's request
        // context), which says nothing about leaks.
        Http.awaitWarmUp(base);
        // On one connection, then a request after them: undeploying while a request is still
        // ending (its image already sent) makes Tomcat report its ThreadLocals, as above.
        assertEquals(List.of(200, 200), Http.getAndSettle(base, "charts/seed-hist.png",
            "charts/seed-heatmap.svg"), "cycle " + cycle);
        if (cycle == CYCLES) {
          loadersWhileDeployed = ourLiveClassLoaders(tomcat);
        }
      } finally {
        deployer.undeploy(CONTEXT);
      }
    }

    String findleaks = manager("findleaks?statusLine=true");
    assertTrue(findleaks.startsWith("OK - "), findleaks);
    assertFalse(findleaks.lines().anyMatch(("/" + CONTEXT)::equals),
        "Tomcat finds a leak in /" + CONTEXT + ":\n" + findleaks);
    // Every other test WAR undeployed before this one on the same server counts too: findleaks lists
    // any stopped application whose class loader is still reachable.
    assertEquals(List.of(), findleaks.lines().skip(1).filter(line -> !line.isBlank()).toList(),
        "applications that Tomcat finds leaked after their undeploy:\n" + findleaks);

    int loadersAfterUndeploy = ourLiveClassLoaders(tomcat);
    System.out.printf("RedeployIT on %s: %d ChartServe class loader(s) of /%s alive while deployed,"
        + " %d after %d redeploys and a full GC; findleaks: %s%n", System.getProperty("tomcat.home"),
        loadersWhileDeployed, CONTEXT, loadersAfterUndeploy, CYCLES, findleaks.strip().replace('\n', ' '));
    assertEquals(1, loadersWhileDeployed, "the deployed application has exactly one class loader");
    // A leak pins every undeployed loader: it shows as CYCLES here. At most 1 leaves room for the last
    // one only (a container thread's cached request state); 0 is what Tomcat 9, 10.1 and 11 measure.
    assertTrue(loadersAfterUndeploy <= 1,
        loadersAfterUndeploy + " class loaders of /" + CONTEXT + " survive " + CYCLES + " undeploys and a full GC");

    String log = ServerLog.read();
    Pattern warning = Pattern.compile("The web application \\[/?" + CONTEXT + "\\][^\\n]*");
    // Not counted: Tomcat's own background thread, named as the application's when an undeploy
    // meets it inside StandardContext.backgroundProcess, which sets the application's class loader
    // on it for that moment (seen once in CI; the loaders above say whether anything stayed).
    Pattern tomcatsOwn = Pattern.compile("started a thread named \\[Catalina-utility-\\d+\\]");
    assertEquals(List.of(), warning.matcher(log).results().map(result -> result.group())
            .filter(line -> !tomcatsOwn.matcher(line).find()).toList(),
        "Tomcat's warnings about /" + CONTEXT + " on undeploy (threads, ThreadLocals, drivers)");
  }

  /** The Tomcat JVM that Arquillian started for this run: its catalina.base is our tomcat.home. */
  private static long tomcatPid() {
    String base = "-Dcatalina.base=" + System.getProperty("tomcat.home");
    return ProcessHandle.allProcesses()
        .filter(process -> process.info().arguments()
            .map(arguments -> List.of(arguments).contains(base)).orElse(false))
        .mapToLong(ProcessHandle::pid)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no running java process with " + base));
  }

  /**
   * After a full GC in Tomcat's JVM, how many Tomcat web-application class loaders still hold
   * {@link RedeployMarker}, that is, are one of the applications this test deployed.
   */
  private static int ourLiveClassLoaders(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    String tree = jcmd(pid, "VM.classloaders", "show-classes=true");
    int count = 0;
    for (String loader : loaderSections(tree)) {
      if (loader.contains("ParallelWebappClassLoader") && loader.contains(MARKER)) {
        count++;
      }
    }
    return count;
  }

  /** Splits jcmd's class loader tree into one section per loader: its "+--" line and the classes below it. */
  private static List<String> loaderSections(String tree) {
    List<String> sections = new ArrayList<>();
    StringBuilder section = null;
    for (String line : tree.split("\n")) {
      if (line.contains("+--")) {
        if (section != null) {
          sections.add(section.toString());
        }
        section = new StringBuilder();
      }
      if (section != null) {
        section.append(line).append('\n');
      }
    }
    if (section != null) {
      sections.add(section.toString());
    }
    return sections;
  }

  /** Runs jcmd of the JDK that runs this test against {@code pid}, bounded by {@link #JCMD_TIMEOUT}. */
  private static String jcmd(long pid, String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/jcmd", Long.toString(pid)));
    line.addAll(List.of(command));
    Path output = Files.createTempFile("jcmd", ".txt");
    try {
      Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!process.waitFor(JCMD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", line) + " did not finish within " + JCMD_TIMEOUT);
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), String.join(" ", line) + ":\n" + text);
      return text;
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** A command of Tomcat's manager text interface, as the test's manager user. */
  private static String manager(String command) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + System.getProperty("tomcat.port") + "/manager/text/" + command);
    String credentials = Base64.getEncoder().encodeToString("arquillian:arquillian".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
            .header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), uri + ": " + response.body());
    return response.body();
  }
}
