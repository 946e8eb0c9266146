package dev.chartserve.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.MavenResolvedArtifact;
import org.jboss.shrinkwrap.resolver.api.maven.ScopeType;

/**
 * Adds ChartServe to an application's ShrinkWrap {@link WebArchive}, as its WAR would carry it on the
 * target server, so an Arquillian test can deploy the application's own {@code @Chart} producers:
 *
 * <pre>{@code
 * @Deployment(testable = false)
 * static WebArchive app() {
 *   return ChartServeArchive.forTomcat()
 *       .contextParam("chartserve.signing.key", KEY)
 *       .addTo(ShrinkWrap.create(WebArchive.class, "sales.war").addPackage(SalesChart.class.getPackage()));
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>Tomcat 10.1 / 11</b> ({@link #forTomcat()}): the plugin jar, its libraries and what Tomcat
 *       lacks (Jersey, Weld servlet, Parsson, JSTL), and an empty {@code WEB-INF/beans.xml} if the
 *       archive has none (Weld servlet looks for it).</li>
 *   <li><b>WildFly</b> ({@link #forWildFly()}): the plugin jar and its own libraries (JFreeChart, Batik,
 *       OpenPDF, Caffeine); the server provides JAX-RS, CDI, JSON-P and JSTL.</li>
 * </ul>
 *
 * <p>With the javax edition ({@code dev.chartserve:chartserve-javax}) the same two are Tomcat 9 and
 * WildFly 26 / JBoss EAP 7.4, and the libraries are that edition's (Jersey 2, Weld 3.1 servlet, JSON-P
 * 1.1; no JSTL, which its POM does not bring).
 *
 * <p>The plugin jar is the one this class was loaded from (the {@code plugin} jar on the test's class
 * path). Its libraries are the compile and run-time dependencies of its POM
 * ({@code dev.chartserve:chartserve} or {@code chartserve-javax}, the version in the jar), resolved by
 * ShrinkWrap's Maven resolver from the local repository (and Maven Central for what is missing there)
 * exactly as the build resolves them for its WARs, without the demo's database driver (H2): the
 * archive for each server carries the jars of that server's ChartServe WAR ({@code DropInIT} checks
 * it). The test needs ShrinkWrap and {@code org.jboss.shrinkwrap.resolver:shrinkwrap-resolver-depchain}
 * on its class path; ChartServe itself does not bring them.
 *
 * <p>Context-params ({@link #contextParam}) go into the archive's {@code WEB-INF/web.xml}, which is
 * created if the archive has none: Servlet 6.0 for the Jakarta plugin jar, Servlet 4.0 for the javax
 * one (the plugin jar's own initializer service says which it is). Not thread-safe: configure and use
 * it from one thread.
 */
public final class ChartServeArchive {
  /** The server a {@link ChartServeArchive} is made for. */
  public enum Server {
    /**
     * Apache Tomcat 10.1 or 11 (Tomcat 9 with the javax edition): the archive brings JAX-RS, CDI and
     * JSON-P, and JSTL with the Jakarta edition.
     */
    TOMCAT,
    /**
     * WildFly (WildFly 26 or JBoss EAP 7.4 with the javax edition): the server provides JAX-RS
     * (RESTEasy), CDI (Weld), JSON-P and JSTL.
     */
    WILDFLY
  }

  /** Which edition a plugin jar is, by the servlet API it registers its initializer with. */
  enum Edition {
    JAKARTA("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"),
    JAVAX("<web-app xmlns=\"http://xmlns.jcp.org/xml/ns/javaee\" version=\"4.0\">");

    /**
     * The javax edition's service file. Written with javax, which the build's Transformer (jakarta to
     * javax) leaves as it is, so the javax edition's copy of this class tells the two apart as well.
     */
    private static final String JAVAX_INITIALIZER = "META-INF/services/javax.servlet.ServletContainerInitializer";

    /** The start of a minimal web.xml of this edition's Servlet version. */
    final String webAppStart;

    Edition(String webAppStart) {
      this.webAppStart = webAppStart;
    }

    /** The edition of {@code plugin}: javax if it registers a javax servlet initializer, else Jakarta. */
    static Edition of(File plugin) {
      try (ZipFile zip = new ZipFile(plugin)) {
        return zip.getEntry(JAVAX_INITIALIZER) != null ? JAVAX : JAKARTA;
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + plugin, e);
      }
    }
  }

  /** Never in a test archive: the demo's database driver, which the plugin's POM carries at run time. */
  private static final Predicate<String> DEMO_ONLY = artifactId -> artifactId.equals("h2");

  /**
   * What WildFly provides, by artifact id: the same patterns with which the build leaves them out of
   * {@code chartserve-wildfly.war} ({@code jersey-*.jar}, {@code hk2-*.jar}, … in pom.xml).
   */
  private static final Pattern WILDFLY_PROVIDES = Pattern.compile(
      "jersey-.*|hk2-.*|aopalliance-.*|javassist|osgi-resource-locator|weld-.*|jboss-.*|parsson|jakarta\\..*");

  private static final String WEB_XML = "WEB-INF/web.xml";
  private static final String BEANS_XML = "WEB-INF/beans.xml";
  private static final Pattern MAVEN_DESCRIPTOR = Pattern.compile("META-INF/maven/dev\\.chartserve/[^/]+/pom\\.properties");
  private static final Pattern WEB_APP_START = Pattern.compile("<web-app\\b[^>]*>");

  private final Server server;
  private final Map<String, String> contextParams = new LinkedHashMap<>();
  private File pluginJar;
  private File pom;

  private ChartServeArchive(Server server) {
    this.server = server;
  }

  /** For Apache Tomcat 10.1 or 11. */
  public static ChartServeArchive forTomcat() {
    return new ChartServeArchive(Server.TOMCAT);
  }

  /** For WildFly. */
  public static ChartServeArchive forWildFly() {
    return new ChartServeArchive(Server.WILDFLY);
  }

  /** For {@code server}. */
  public static ChartServeArchive forServer(Server server) {
    return new ChartServeArchive(Objects.requireNonNull(server, "server"));
  }

  /** The server this archive is made for. */
  public Server server() {
    return server;
  }

  /**
   * Sets a ChartServe configuration key ({@code chartserve.signing.key}, {@code chartserve.mode}, …;
   * see the README's "Configuration") as a servlet context-param of the archive.
   */
  public ChartServeArchive contextParam(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (key.isBlank() || !key.equals(key.strip())) {
      throw new IllegalArgumentException("a context-param's name must be non-blank without surrounding spaces, was \""
          + key + "\"");
    }
    contextParams.put(key, value);
    return this;
  }

  /**
   * Uses {@code jar} as the plugin jar instead of the jar this class was loaded from (ChartServe's own
   * build, whose classes are a directory when its tests run).
   */
  public ChartServeArchive pluginJar(File jar) {
    Objects.requireNonNull(jar, "jar");
    if (!jar.isFile()) {
      throw new IllegalArgumentException("no plugin jar at " + jar);
    }
    this.pluginJar = jar;
    return this;
  }

  /**
   * Takes the plugin's libraries from the dependencies declared in {@code pom} (ChartServe's own
   * {@code pom.xml}, or the javax edition's {@code target/javax/pom.xml}, when the plugin is built but
   * not installed) instead of the installed plugin's POM.
   */
  public ChartServeArchive dependenciesFrom(File pom) {
    Objects.requireNonNull(pom, "pom");
    if (!pom.isFile()) {
      throw new IllegalArgumentException("no POM at " + pom);
    }
    this.pom = pom;
    return this;
  }

  /** The jars {@link #addTo} puts into {@code WEB-INF/lib}: the plugin jar first, then its libraries. */
  public List<File> libraries() {
    File plugin = plugin();
    List<File> jars = new ArrayList<>();
    jars.add(plugin);
    for (MavenResolvedArtifact artifact : dependencies(plugin)) {
      String artifactId = artifact.getCoordinate().getArtifactId();
      boolean chartServeItself = artifact.getCoordinate().getGroupId().equals("dev.chartserve");
      if (!chartServeItself && !DEMO_ONLY.test(artifactId) && wanted(artifactId)
          && artifact.asFile().getName().endsWith(".jar")) {
        jars.add(artifact.asFile());
      }
    }
    return List.copyOf(jars);
  }

  /**
   * Adds the plugin jar and its libraries for the server, {@code WEB-INF/beans.xml} on Tomcat when
   * the archive has none, and the context-params; returns {@code war}.
   *
   * @throws IllegalStateException if the archive's own web.xml already sets one of the context-params
   */
  public WebArchive addTo(WebArchive war) {
    Objects.requireNonNull(war, "war");
    war.addAsLibraries(libraries().toArray(new File[0]));
    if (server == Server.TOMCAT && !war.contains(BEANS_XML)) {
      war.addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }
    if (!contextParams.isEmpty()) {
      war.setWebXML(new StringAsset(webXmlWithParams(war)));
    }
    return war;
  }

  private File plugin() {
    return pluginJar != null ? pluginJar : ownJar();
  }

  private boolean wanted(String artifactId) {
    return server == Server.TOMCAT || !WILDFLY_PROVIDES.matcher(artifactId).matches();
  }

  private String webXmlWithParams(WebArchive war) {
    Node existing = war.get(WEB_XML);
    Edition edition = Edition.of(plugin());
    if (existing == null || existing.getAsset() == null) {
      return webXml(null, edition, contextParams);
    }
    String webXml;
    try (InputStream in = existing.getAsset().openStream()) {
      webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the archive's " + WEB_XML, e);
    }
    String merged = webXml(webXml, edition, contextParams);
    war.delete(existing.getPath());
    return merged;
  }

  /**
   * {@code webXml} (if null, a minimal one of {@code edition}'s Servlet version) with {@code params} as
   * its first context-params.
   */
  static String webXml(String webXml, Edition edition, Map<String, String> params) {
    StringBuilder elements = new StringBuilder();
    params.forEach((key, value) -> elements.append("\n  <context-param><param-name>").append(xml(key))
        .append("</param-name><param-value>").append(xml(value)).append("</param-value></context-param>"));
    if (webXml == null) {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + edition.webAppStart + elements + "\n</web-app>\n";
    }
    for (String key : params.keySet()) {
      if (Pattern.compile("<param-name>\\s*" + Pattern.quote(xml(key)) + "\\s*</param-name>").matcher(webXml).find()) {
        throw new IllegalStateException("the archive's " + WEB_XML + " already sets " + key
            + "; set it there or with contextParam, not both");
      }
    }
    Matcher start = WEB_APP_START.matcher(webXml);
    if (!start.find() || webXml.charAt(start.end() - 2) == '/') {
      throw new IllegalStateException("the archive's " + WEB_XML + " has no <web-app> element to add context-params to");
    }
    return webXml.substring(0, start.end()) + elements + webXml.substring(start.end());
  }

  /**
   * The compile and run-time dependencies of the plugin's POM, resolved as its WAR build resolves
   * them: with the POM's provided dependencies (the Jakarta EE Web API) in the graph, so the APIs every
   * server has stay out, as they stay out of the WARs.
   */
  private List<MavenResolvedArtifact> dependencies(File plugin) {
    File descriptor = pom;
    try {
      if (descriptor == null) {
        descriptor = Maven.resolver().resolve(pomCoordinates(plugin)).withoutTransitivity().asSingleFile();
      }
      List<MavenResolvedArtifact> bundled = new ArrayList<>();
      for (MavenResolvedArtifact artifact : Maven.resolver().loadPomFromFile(descriptor)
          .importDependencies(ScopeType.COMPILE, ScopeType.RUNTIME, ScopeType.PROVIDED)
          .resolve().withTransitivity().asResolvedArtifact()) {
        if (artifact.getScope() == ScopeType.COMPILE || artifact.getScope() == ScopeType.RUNTIME) {
          bundled.add(artifact);
        }
      }
      return bundled;
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot resolve ChartServe's libraries from "
          + (descriptor != null ? descriptor : "the POM of " + plugin.getName()) + ": " + e.getMessage(), e);
    }
  }

  /** {@code dev.chartserve:<artifact>:pom:<version>}, from the jar's Maven descriptor. */
  private static String pomCoordinates(File plugin) {
    try (ZipFile zip = new ZipFile(plugin)) {
      ZipEntry entry = zip.stream().filter(e -> MAVEN_DESCRIPTOR.matcher(e.getName()).matches()).findFirst()
          .orElseThrow(() -> new IllegalStateException(plugin + " has no META-INF/maven/dev.chartserve/…/pom.properties:"
              + " is it ChartServe's plugin jar?"));
      Properties descriptor = new Properties();
      try (InputStream in = zip.getInputStream(entry)) {
        descriptor.load(in);
      }
      return descriptor.getProperty("groupId") + ":" + descriptor.getProperty("artifactId") + ":pom:"
          + descriptor.getProperty("version");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + plugin, e);
    }
  }

  /** The jar this class was loaded from. */
  private static File ownJar() {
    CodeSource source = ChartServeArchive.class.getProtectionDomain().getCodeSource();
    File location;
    try {
      location = source == null ? null : new File(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate ChartServe's plugin jar: " + source.getLocation(), e);
    }
    if (location == null || !location.isFile()) {
      throw new IllegalStateException("ChartServe's classes were loaded from " + location
          + ", not from its plugin jar: pass the jar with pluginJar(File)");
    }
    return location;
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
