package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server itself says when a request never reaches ChartServe, with {@code server-config}
 * applied (Tomcat's {@code ErrorReportValve}, WildFly's {@code chartserve.cli}): the status and nothing
 * about the server; and what the WARs leave to their server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {
  /** What an error page must not show: a stack trace, an exception's name, the server and its version. */
  private static final Pattern REVEALING = Pattern.compile(
      "(?i)tomcat|wildfly|undertow|jboss|exception|\\bat [a-z]+\\.[a-z]+\\.|\\.java:\\d+|hardening-probe|\\d+\\.\\d+\\.\\d+");

  @Deployment(testable = false)
  static WebArchive war() {
    return Wars.withContextParams("hardening.war", Map.of())
        .addAsWebResource(new StringAsset("<% if (true) throw new IllegalStateException(\"hardening-probe\"); %>"),
            "broken.jsp");
  }

  @ArquillianResource
  URL base;

  @Test
  void aRequestLineTooLongForTheServerGetsItsStatusAndNothingAboutTheServer() throws Exception {
    String response = raw("GET /" + "a".repeat(9000) + " HTTP/1.1");
    assertTrue(response.startsWith("HTTP/1.1 400") || response.startsWith("HTTP/1.1 404")
        || response.startsWith("HTTP/1.1 414"), head(response));
    assertSaysNothingAboutTheServer(response);
  }

  @Test
  void aPathNoApplicationServesAndABrokenRequestLineSayNothingAboutTheServer() throws Exception {
    String unknown = raw("GET /no-application-here/ HTTP/1.1");
    assertTrue(unknown.startsWith("HTTP/1.1 404"), head(unknown));
    assertSaysNothingAboutTheServer(unknown);
    String root = raw("GET / HTTP/1.1");
    assertTrue(root.startsWith("HTTP/1.1 404"), "no welcome page at /: " + head(root));
    assertSaysNothingAboutTheServer(root);
    String broken = raw("GET /%zz HTTP/1.1");
    assertTrue(broken.startsWith("HTTP/1.1 400"), head(broken));
    assertSaysNothingAboutTheServer(broken);
  }

  @Test
  void anExceptionInAPageOfTheApplicationIsA500WithoutItsStackTrace() throws Exception {
    String response = raw("GET " + base.getPath() + "broken.jsp HTTP/1.1");
    assertTrue(response.startsWith("HTTP/1.1 500"), head(response));
    assertSaysNothingAboutTheServer(response);
  }

  @Test
  void theWarBundlesNoApiItsServerProvides() throws Exception {
    Path war = Path.of(System.getProperty("chartserve.war"));
    // The APIs' root package: jakarta/, or javax/ on the javax servers (Tomcat 9, WildFly 26).
    String api = Wars.javax() ? "javax/" : "jakarta/";
    Set<String> provided = "wildfly".equals(System.getProperty("server.kind"))
        ? Set.of(api) // WildFly is a full Jakarta EE (Java EE) server: every API of the kind is its own
        : packagesIn(Path.of(System.getProperty("tomcat.home"), "lib"), api);
    // The one exception, on purpose: Tomcat 11's Annotations 3.0 dropped jakarta.annotation.ManagedBean,
    // which Jersey 3.1 loads, so the Tomcat WAR keeps jakarta.annotation-api 2.1 (docs/decisions.md).
    // Tomcat 9's Annotations 1.3 has it: the javax WAR bundles no annotation API, no exception there.
    if (!Wars.javax()) {
      provided = provided.stream().filter(p -> !p.startsWith("jakarta/annotation/"))
          .collect(java.util.stream.Collectors.toSet());
    }
    List<String> bundled = new ArrayList<>();
    try (ZipFile zip = new ZipFile(war.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
        ZipEntry entry = entries.nextElement();
        if (!entry.getName().startsWith("WEB-INF/lib/") || !entry.getName().endsWith(".jar")) {
          continue;
        }
        try (JarInputStream jar = new JarInputStream(zip.getInputStream(entry))) {
          for (JarEntry inner; (inner = jar.getNextJarEntry()) != null;) {
            String name = inner.getName();
            if (name.endsWith(".class") && provides(provided, name)) {
              bundled.add(entry.getName() + " has " + name);
              break;
            }
          }
        }
      }
    }
    assertTrue(bundled.isEmpty(), war.getFileName() + " bundles what the server provides: " + bundled);
  }

  @Test
  void theJavaxEditionReferencesNoJakartaPackage() throws Exception {
    assumeTrue(Wars.javax(), "the javax edition's WARs and jar only");
    // Built at run time: the Transformer must not see it as a constant of this (transformed) class.
    String jakarta = String.join("", "jak", "arta");
    List<String> left = new ArrayList<>();
    left.addAll(entriesNaming(Path.of(System.getProperty("chartserve.war")), jakarta));
    left.addAll(entriesNaming(Path.of(System.getProperty("chartserve.plugin.jar")), jakarta));
    assertEquals(List.of(), left, "entries that still name a " + jakarta + ".* package");
  }

  /**
   * The entries of {@code archive} (its libraries and Maven descriptor aside) whose name or content names a package under
   * {@code root}: {@code root/...} as class files write it, {@code root.} as text and string constants do.
   */
  private static List<String> entriesNaming(Path archive, String root) throws IOException {
    byte[] internal = (root + "/").getBytes(StandardCharsets.US_ASCII);
    byte[] dotted = (root + ".").getBytes(StandardCharsets.US_ASCII);
    List<String> found = new ArrayList<>();
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
        ZipEntry entry = entries.nextElement();
        // Libraries are the javax ones, not transformed; the Maven descriptor names their coordinates
        // (org.glassfish:jakarta.json holds javax.json).
        if (entry.isDirectory() || entry.getName().startsWith("WEB-INF/lib/") || entry.getName().startsWith("META-INF/maven/")) {
          continue;
        }
        byte[] content;
        try (InputStream in = zip.getInputStream(entry)) {
          content = in.readAllBytes();
        }
        if (entry.getName().contains(root + ".") || indexOf(content, internal) >= 0 || indexOf(content, dotted) >= 0) {
          found.add(archive.getFileName() + "!/" + entry.getName());
        }
      }
    }
    return found;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Whether {@code className} (an entry name) is in one of {@code packages}; {@code jakarta/} means all of
   * them, {@code javax/} all of them but the JDK's own ({@code javax/imageio/}, {@code javax/xml/}...).
   */
  private static boolean provides(Set<String> packages, String className) {
    String pkg = className.substring(0, className.lastIndexOf('/') + 1);
    return packages.contains(pkg) || packages.contains("jakarta/") && pkg.startsWith("jakarta/")
        || packages.contains("javax/") && pkg.startsWith("javax/") && !JDK_PACKAGES.contains(pkg);
  }

  /** The packages of the JDK running the tests, as entry prefixes ({@code javax/imageio/}). */
  private static final Set<String> JDK_PACKAGES = ModuleLayer.boot().modules().stream()
      .flatMap(module -> module.getPackages().stream())
      .map(name -> name.replace('.', '/') + "/")
      .collect(java.util.stream.Collectors.toSet());

  /** The {@code api} packages of the server's own jars, as entry prefixes ({@code jakarta/servlet/}). */
  private static Set<String> packagesIn(Path lib, String api) throws IOException {
    Set<String> packages = new TreeSet<>();
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "*.jar")) {
      for (Path jar : jars) {
        try (JarFile file = new JarFile(jar.toFile())) {
          file.stream().map(JarEntry::getName)
              .filter(name -> name.startsWith(api) && name.endsWith(".class"))
              .map(name -> name.substring(0, name.lastIndexOf('/') + 1))
              .forEach(packages::add);
        }
      }
    }
    assertFalse(packages.isEmpty(), "found the server's APIs in " + lib);
    return packages;
  }

  private static void assertSaysNothingAboutTheServer(String response) {
    String lower = response.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("\r\nserver:") && REVEALING.matcher(headers(response)).find(),
        "a Server header naming the server: " + head(response));
    assertFalse(lower.contains("\r\nx-powered-by:"), head(response));
    String body = body(response);
    assertFalse(REVEALING.matcher(body).find(), "the error page says too much: " + body);
  }

  /** One request over a raw socket (the JDK's client would refuse these request lines); the whole response. */
  private String raw(String requestLine) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write((requestLine + "\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      try {
        in.transferTo(response);
      } catch (SocketException reset) {
        // a server may close at once after an error: what came before is the response
      }
      return response.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static String headers(String response) {
    int end = response.indexOf("\r\n\r\n");
    return end < 0 ? response : response.substring(0, end);
  }

  private static String body(String response) {
    int end = response.indexOf("\r\n\r\n");
    return end < 0 ? "" : response.substring(end + 4);
  }

  private static String head(String response) {
    return response.substring(0, Math.min(300, response.length()));
  }
}
