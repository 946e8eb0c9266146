package dev.chartserve.web;

import static dev.chartserve.web.Http.contentType;
import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.image;
import static dev.chartserve.web.Http.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.example.sales.SalesChart;

import dev.chartserve.testing.ChartServeArchive;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's promise: add the plugin jar to your WAR, annotate one class {@code @Chart("sales")},
 * and it is served, and the {@code cs:} tags work on the WAR's JSP pages (the TLD is found in the jar).
 * This WAR has no web.xml, none of the demo, and ChartServe only as {@code chartserve-plugin.jar} (on
 * the javax servers {@code chartserve-javax-plugin.jar}) with its dependencies, added by
 * {@link ChartServeArchive} as a user's test adds them: exactly the jars of the server's WAR flavour.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DropInIT {
  @Deployment(testable = false)
  static WebArchive war() {
    return archiveForThisServer().addTo(ShrinkWrap.create(WebArchive.class, "sales-app.war")
        .addClass(SalesChart.class)
        .addAsWebResource(new StringAsset("<%@ taglib prefix=\"cs\" uri=\"https://chartserve.dev/tags\" %>"
            + "<cs:img chart=\"sales\" width=\"200\" alt=\"Sales & more\"/>"), "sales.jsp"));
  }

  /**
   * ChartServe for the server under test, as a user's test adds it ({@code dev.chartserve.testing}):
   * here from the plugin jar just built and the dependencies its POM declares (nothing is installed
   * yet): pom.xml for the Jakarta jar, target/javax/pom.xml (chartserve-javax's) for the javax one.
   */
  static ChartServeArchive archiveForThisServer() {
    return ChartServeArchive.forServer(ChartServeArchive.Server.valueOf(
            System.getProperty("server.kind").toUpperCase(Locale.ROOT)))
        .pluginJar(pluginJar())
        .dependenciesFrom(new File(System.getProperty("chartserve.plugin.pom")));
  }

  private static File pluginJar() {
    return new File(System.getProperty("chartserve.plugin.jar"));
  }

  @ArquillianResource
  URL base;

  @Test
  void theUsersOwnChartIsServed() throws Exception {
    HttpResponse<byte[]> response = get(base, "charts/sales.png");
    assertEquals(200, response.statusCode());
    assertEquals("image/png", contentType(response));
    assertEquals(400, image(response.body()).getWidth());
  }

  @Test
  void theTagLibraryIsFoundInThePluginJar() throws Exception {
    HttpResponse<byte[]> page = get(base, "sales.jsp");
    assertEquals(200, page.statusCode(), new String(page.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("<img src=\"/sales-app/charts/sales.png?width=200\""
        + " srcset=\"/sales-app/charts/sales.png?width=200 1x, /sales-app/charts/sales.png?width=200&amp;scale=2 2x\""
        + " width=\"200\" alt=\"Sales &amp; more\">",
        new String(page.body(), java.nio.charset.StandardCharsets.UTF_8).strip());
  }

  @Test
  void theArchiveCarriesWhatThisServersWarCarries() {
    // The server's WAR flavour as the build made it, without the demo's database driver (the README
    // tells users to exclude it), and the plugin jar in place of the demo's classes.
    Set<String> war = new TreeSet<>();
    for (Node jar : Wars.demo().get(ArchivePaths.create("WEB-INF/lib")).getChildren()) {
      war.add(jar.getPath().get().substring("/WEB-INF/lib/".length()));
    }
    war.removeIf(name -> name.startsWith("h2-"));
    if (Wars.javax()) {
      // JSTL 1.2 is in the javax Tomcat WAR for the demo's pages only (src/javax/pom.xml,
      // demo-libraries): chartserve-javax does not depend on it, as the README says.
      war.removeIf(name -> name.contains(".jsp.jstl"));
    }
    war.add(pluginJar().getName());
    Set<String> archive = new TreeSet<>();
    archiveForThisServer().libraries().forEach(jar -> archive.add(jar.getName()));
    assertEquals(war, archive);
  }

  @Test
  void nothingOfTheDemoCameAlong() throws Exception {
    assertEquals("no chart is named \"seed-hist\"; the charts are: sales",
        problem(get(base, "charts/seed-hist.png"), 404).getString("detail"));
  }
}
