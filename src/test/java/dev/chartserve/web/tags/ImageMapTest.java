package dev.chartserve.web.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.entity.ChartEntity;
import org.junit.jupiter.api.Test;

class ImageMapTest {
  @Test
  void aRelativeLinkIsUnderTheContextRootAndOthersAreKept() {
    assertEquals("/app/map.jsp?bar=3", ImageMap.href("map.jsp?bar=3", "/app"));
    assertEquals("/map.jsp", ImageMap.href("map.jsp", ""));
    assertEquals("/elsewhere/x", ImageMap.href("/elsewhere/x", "/app"));
    assertEquals("https://example.com/a?b=1&c=2", ImageMap.href("https://example.com/a?b=1&c=2", "/app"));
    assertEquals("mailto:sales@example.com", ImageMap.href("mailto:sales@example.com", "/app"));
  }

  @Test
  void whatAUrlCannotHoldIsPercentEncodedAndTheRestKept() {
    assertEquals("/app/map.jsp?bar=Gr%C3%B6%C3%9Fe%20%22x%22&y=%3C1%3E#top",
        ImageMap.href("map.jsp?bar=Größe \"x\"&y=<1>#top", "/app"));
    assertEquals("/a%20b/c?d=%25", ImageMap.href("/a%20b/c?d=%25", "/app"), "existing escapes stay");
  }

  @Test
  void scriptAndDataLinksAreDroppedHoweverTheyAreSpelt() {
    for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
        "java\tscript:alert(1)", "java\nscript:alert(1)", "\u0001javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:msgbox")) {
      assertNull(ImageMap.href(bad, "/app"), bad);
    }
    assertNull(ImageMap.href(null, "/app"));
    assertNull(ImageMap.href("  ", "/app"));
  }

  @Test
  void aRectangleIsARectAreaAndItsTooltipIsEscapedTwice() {
    ChartEntity e = new ChartEntity(new Rectangle2D.Double(10.4, 20.6, 30, 40), "<b>\"Bar\" & ü€</b>",
        "map.jsp?bar=<1>&x=\"2\"");
    StringBuilder out = new StringBuilder();
    ImageMap.areas(out, e, "/ctx");
    assertEquals("<area shape=\"rect\" coords=\"10,21,40,61\" href=\"/ctx/map.jsp?bar=%3C1%3E&amp;x=%222%22\""
        + " alt=\"&lt;b&gt;&quot;Bar&quot; &amp; &#252;&#8364;&lt;/b&gt;\""
        + " title=\"&lt;b&gt;&quot;Bar&quot; &amp; &#252;&#8364;&lt;/b&gt;\""
        + " data-tooltip=\"&lt;b&gt;&quot;Bar&quot; &amp; &#252;&#8364;&lt;/b&gt;\">", out.toString());
  }

  @Test
  void anyOtherShapeIsAPolygonWithEvenCoordinates() {
    Path2D.Double triangle = new Path2D.Double();
    triangle.moveTo(0, 0);
    triangle.lineTo(10, 0);
    triangle.lineTo(5, 8);
    triangle.closePath();
    StringBuilder out = new StringBuilder();
    ImageMap.areas(out, new ChartEntity(triangle, "t", null), "");
    assertEquals("<area shape=\"poly\" coords=\"0,0,10,0,5,8\" alt=\"t\" title=\"t\" data-tooltip=\"t\">",
        out.toString());
    List<double[]> circle = ImageMap.outlines(new Ellipse2D.Double(0, 0, 20, 20));
    assertEquals(1, circle.size());
    assertTrue(circle.get(0).length > 8 && circle.get(0).length % 2 == 0);
    assertFalse(ImageMap.isRectangle(circle.get(0)));
  }

  @Test
  void twoOutlinesAreTwoAreasAndAnEntityWithNeitherTextIsNone() {
    Path2D.Double two = new Path2D.Double(new Rectangle2D.Double(0, 0, 5, 5));
    two.append(new Rectangle2D.Double(10, 0, 5, 5), false);
    StringBuilder out = new StringBuilder();
    ImageMap.areas(out, new ChartEntity(two, null, "https://example.com/"), "");
    assertEquals(2, out.toString().split("<area", -1).length - 1, out.toString());
    StringBuilder none = new StringBuilder();
    ImageMap.areas(none, new ChartEntity(two, null, "javascript:alert(1)"), "");
    assertEquals("", none.toString(), "an unsafe link and no tooltip: nothing to show");
  }
}
