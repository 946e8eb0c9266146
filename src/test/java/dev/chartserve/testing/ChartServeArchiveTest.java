package dev.chartserve.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
        + "</web-app>\n", ChartServeArchive.webXml(null, params));
  }

  @Test
  void theArchivesOwnWebXmlKeepsEverythingAndGetsTheParamsFirst() {
    String own = "<?xml version=\"1.0\"?>\n<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
        + "  <display-name>Sales</display-name>\n</web-app>\n";
    assertEquals("<?xml version=\"1.0\"?>\n<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
        + "  <context-param><param-name>chartserve.signing.key</param-name>"
        + "<param-value>k &amp; &lt;key&gt; of some length</param-value></context-param>\n"
        + "  <display-name>Sales</display-name>\n</web-app>\n", ChartServeArchive.webXml(own, SIGNED));
  }

  @Test
  void aParamTheArchivesWebXmlAlreadySetsIsNotSetTwice() {
    String own = "<web-app version=\"6.0\"><context-param><param-name> chartserve.signing.key </param-name>"
        + "<param-value>another key of some length</param-value></context-param></web-app>";
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ChartServeArchive.webXml(own, SIGNED));
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
}
