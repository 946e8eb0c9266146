package dev.chartserve.web;

import static dev.chartserve.web.Http.contentType;
import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.image;
import static dev.chartserve.web.Http.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;

import com.example.sales.SalesChart;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's promise: add the plugin jar to your WAR, annotate one class {@code @Chart("sales")},
 * and it is served, and the {@code cs:} tags work on the WAR's JSP pages (the TLD is found in the jar). This WAR has no web.xml, none of the demo, and ChartServe only as
 * {@code chartserve-plugin.jar} with its dependencies (those of the server's WAR flavour).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DropInIT {
  @Deployment(testable = false)
  static WebArchive war() {
    WebArchive war = ShrinkWrap.create(WebArchive.class, "sales-app.war")
        .addClass(SalesChart.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
        .addAsWebResource(new StringAsset("<%@ taglib prefix=\"cs\" uri=\"https://chartserve.dev/tags\" %>"
            + "<cs:img chart=\"sales\" width=\"200\" alt=\"Sales & more\"/>"), "sales.jsp")
        .addAsLibrary(new File(System.getProperty("chartserve.plugin.jar")));
    // The plugin's own dependencies, exactly as the server's WAR flavour bundles them, without the
    // demo's database driver (the README tells users to exclude it).
    WebArchive built = Wars.demo();
    for (Node node : built.get(ArchivePath.class.cast(org.jboss.shrinkwrap.api.ArchivePaths.create("WEB-INF/lib")))
        .getChildren()) {
      if (!node.getPath().get().startsWith("/WEB-INF/lib/h2-")) {
        war.add(node.getAsset(), node.getPath());
      }
    }
    return war;
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
  void nothingOfTheDemoCameAlong() throws Exception {
    assertEquals("no chart is named \"seed-hist\"; the charts are: sales",
        problem(get(base, "charts/seed-hist.png"), 404).getString("detail"));
  }
}
