package dev.chartserve.web.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

class InlineSvgTest {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");
  private static final Pattern REFERENCE = Pattern.compile("url\\(#([^)]*)\\)|href=\"#([^\"]*)\"");

  /** A real chart's SVG from our encoder: clip paths referenced by url(#…), a hostile title. */
  private static String chartSvg(String title) {
    try (Figure figure = new Figure(4, 3, 100)) {
      Axes ax = figure.addSubplot();
      ax.plot(new double[] {0, 1, 2, 3}, new double[] {1, 3, 2, 4});
      ax.bar(new double[] {0, 1, 2}, new double[] {1, 2, 3});
      ax.setTitle(title);
      return new String(Renderer.render(figure, ImageFormat.SVG), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyIdAndEveryReferenceGetThePrefixAndEveryReferenceStillResolves() {
    String svg = chartSvg("Sales");
    assertTrue(REFERENCE.matcher(svg).find(), "the chart uses references: " + svg.substring(0, 400));
    String inline = InlineSvg.inline(svg, "c1-", null, null, null);
    Set<String> ids = ids(inline);
    assertFalse(ids.isEmpty());
    assertTrue(ids.stream().allMatch(id -> id.startsWith("c1-")), ids.toString());
    assertEquals(ids(svg).size(), ids.size());
    Matcher m = REFERENCE.matcher(inline);
    int references = 0;
    while (m.find()) {
      String target = m.group(1) != null ? m.group(1) : m.group(2);
      assertTrue(ids.contains(target), "reference to " + target + " resolves");
      references++;
    }
    assertTrue(references > 0);
  }

  @Test
  void twoInstancesOfOneChartShareNoId() {
    String svg = chartSvg("Sales");
    Set<String> first = ids(InlineSvg.inline(svg, "cs-svg-1-", null, null, null));
    Set<String> second = ids(InlineSvg.inline(svg, "cs-svg-2-", null, null, null));
    first.retainAll(second);
    assertEquals(Set.of(), first);
  }

  @Test
  void noPrologNoDoctypeAsciiAndStillWellFormedXml() throws Exception {
    String inline = InlineSvg.inline(chartSvg("<script>alert(\"x\")</script> & ü€"), "p-", "400", "300", "chart-1");
    assertTrue(inline.startsWith("<svg "), inline.substring(0, 40));
    assertFalse(inline.contains("<?xml") || inline.contains("<!DOCTYPE") || inline.contains("<!--"));
    assertFalse(inline.contains("<script"), "the title is text, escaped");
    assertTrue(inline.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#252;&#8364;"));
    assertTrue(inline.chars().allMatch(c -> c < 0x7f), "ASCII only");
    var root = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(inline))).getDocumentElement();
    assertEquals("400", root.getAttribute("width"));
    assertEquals("300", root.getAttribute("height"));
    assertEquals("chart-1", root.getAttribute("id"));
    assertTrue(root.getTextContent().contains("<script>alert(\"x\")</script> & ü€"), "the text survives");
  }

  @Test
  void quotedUrlReferencesArePrefixedToo() {
    assertEquals("fill:url('#p-g1'); clip-path:url(#p-c2)", InlineSvg.references("fill:url('#g1'); clip-path:url(#c2)", "p-"));
    assertEquals("url(http://x/#y)", InlineSvg.references("url(http://x/#y)", "p-"));
  }

  private static Set<String> ids(String markup) {
    Set<String> ids = new HashSet<>();
    Matcher m = ID.matcher(markup);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
