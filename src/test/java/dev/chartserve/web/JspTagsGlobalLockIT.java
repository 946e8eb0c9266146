package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In {@code global-lock} mode a JSP page is not a chart request (the filter does not lock it):
 * {@code <cs:map>} and {@code <cs:svg>} take the global lock themselves to draw, and give it back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JspTagsGlobalLockIT {
  @Deployment(testable = false)
  static WebArchive war() {
    return Wars.withContextParams("jsp-tags-locked.war", Map.of("chartserve.mode", "global-lock"))
        .addClass(HostileTagsChart.class)
        .addAsWebResource(new ClassLoaderAsset("dev/chartserve/web/tags-it.jsp"), "tags-it/hostile.jsp");
  }

  @ArquillianResource
  URL base;

  @Test
  void mapsAndSvgsAreDrawnUnderTheGlobalLockAndTheLockIsGivenBack() throws Exception {
    for (int round = 0; round < 2; round++) { // a lock kept by the first page would stall the second
      HttpResponse<byte[]> page = get(base, "tags-it/hostile.jsp");
      String html = new String(page.body(), StandardCharsets.UTF_8);
      assertEquals(200, page.statusCode(), html);
      assertEquals(JspTagsIT.HOSTILE.size() * HostileTagsChart.AREAS, count(html, "<area "));
      assertEquals(JspTagsIT.HOSTILE.size() + 1, count(html, "<svg "));
      assertTrue(html.contains("<img src=\"/jsp-tags-locked/charts/walk.png?width=200&amp;height=150&amp;title="));
    }
    assertEquals(200, get(base, "charts/seed-bar.png").statusCode(), "chart requests still get the lock");
  }

  private static int count(String html, String what) {
    return (int) Pattern.compile(Pattern.quote(what)).matcher(html).results().count();
  }
}
