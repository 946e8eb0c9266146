package dev.chartserve.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.chartserve.testing.ChartServeArchive.Edition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's web.xml and its checks; what it carries is tested on the servers (DropInIT). */
class ChartServeArchiveTest {
  private static final Map<String, String> SIGNED = Map.of("chartserve.signing.key", "k & <key> of some length");

  @Test
  void anArchiveWithoutWebXmlGetsOneWithTheContextParams() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("chartserve.mode", "global-lock");
    params.put("chartserve.signing.key", "k & <key> of some length");
    assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
        + "  <context-param><param-name>chartserve.mode</param-name><param-value>global-lock</param-value></context-param>\n"
        + "  <context-param><param-name>chartserve.signing.key</param-name>"
        + "<param-value>k &amp; &lt;key&gt; of some length</param-value></context-param>\n"
        + "</web-app>\n", ChartServeArchive.webXml(null, Edition.JAKARTA, params));
  }

  @Test
  void theJavaxEditionsArchiveGetsAServlet40WebXml() {
    assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<web-app xmlns=\"http://xmlns.jcp.org/xml/ns/javaee\" version=\"4.0\">\n"
        + "  <context-param><param-name>chartserve.signing.key</param-name>"
        + "<param-value>k &amp; &lt;key&gt; of some length</param-value></context-param>\n"
        + "</web-app>\n", ChartServeArchive.webXml(null, Edition.JAVAX, SIGNED));
  }

  @Test
  void aPluginJarIsOfTheEditionWhoseServletApiItsInitializerIsRegisteredWith(@TempDir Path dir) throws IOException {
    assertEquals(Edition.JAVAX, Edition.of(jarWith(dir.resolve("javax.jar"),
        "META-INF/services/javax.servlet.ServletContainerInitializer")));
    assertEquals(Edition.JAKARTA, Edition.of(jarWith(dir.resolve("jakarta.jar"),
        "META-INF/services/jakarta.servlet.ServletContainerInitializer")));
  }

  @Test
  void theArchivesOwnWebXmlKeepsEverythingAndGetsTheParamsFirst() {
    String own = "<?xml version=\"1.0\"?>\n<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
        + "  <display-name>Sales</display-name>\n</web-app>\n";
    assertEquals("<?xml version=\"1.0\"?>\n<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
        + "  <context-param><param-name>chartserve.signing.key</param-name>"
        + "<param-value>k &amp; &lt;key&gt; of some length</param-value></context-param>\n"
        + "  <display-name>Sales</display-name>\n</web-app>\n",
        ChartServeArchive.webXml(own, Edition.JAKARTA, SIGNED));
  }

  @Test
  void aParamTheArchivesWebXmlAlreadySetsIsNotSetTwice() {
    String own = "<web-app version=\"6.0\"><context-param><param-name> chartserve.signing.key </param-name>"
        + "<param-value>another key of some length</param-value></context-param></web-app>";
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ChartServeArchive.webXml(own, Edition.JAKARTA, SIGNED));
    assertEquals("the archive's WEB-INF/web.xml already sets chartserve.signing.key;"
        + " set it there or with contextParam, not both", e.getMessage());
  }

  @Test
  void aContextParamNeedsAName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChartServeArchive.forTomcat().contextParam(" chartserve.mode", "concurrent"));
    assertEquals("a context-param's name must be non-blank without surrounding spaces, was \" chartserve.mode\"",
        e.getMessage());
  }

  @Test
  void aPluginJarThatIsNotThereIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChartServeArchive.forWildFly().pluginJar(new File("target/no-such.jar")));
    assertEquals("no plugin jar at target/no-such.jar", e.getMessage());
  }

  @Test
  void classesOutsideTheirJarSayHowToNameIt() {
    // ChartServe's own tests load these classes from target/classes, not from a jar.
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ChartServeArchive.forTomcat().libraries());
    assertEquals(true, e.getMessage().endsWith(", not from its plugin jar: pass the jar with pluginJar(File)"),
        e.getMessage());
  }

  private static File jarWith(Path jar, String entry) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("dev.chartserve.web.ChartServeInitializer\n".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return jar.toFile();
  }
}
