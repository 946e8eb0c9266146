package dev.chartserve.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.chartserve.figure.Figure;

@ExtendWith(HeadlessAwt.class)
class SvgFormatTest {
  @Test
  void startsWithAnXmlDeclarationInUtf8() {
    String svg = new String(Renderer.render(TestFigures.line(), ImageFormat.SVG), StandardCharsets.UTF_8);
    assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), svg.substring(0, 80));
    assertFalse(svg.contains("<!DOCTYPE"), "no DOCTYPE: it names a DTD that parsers would fetch");
    assertFalse(svg.contains("\r"));
  }

  @Test
  void parsesWithTheJdkAndIsSizedInPoints() throws Exception {
    Element root = parse(Renderer.render(TestFigures.line(), ImageFormat.SVG)).getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals("460.8pt", root.getAttribute("width"));
    assertEquals("345.6pt", root.getAttribute("height"));
    assertEquals("0 0 460.8 345.6", root.getAttribute("viewBox"));
  }

  @Test
  void sizeFollowsThePixelSizeAndDpi() throws Exception {
    Element root = parse(Renderer.render(TestFigures.line(3, 2, 150), ImageFormat.SVG)).getDocumentElement();
    assertEquals("216pt", root.getAttribute("width"));
    assertEquals("144pt", root.getAttribute("height"));
  }

  @Test
  void textStaysText() throws Exception {
    Document svg = parse(Renderer.render(TestFigures.line(), ImageFormat.SVG));
    assertTrue(texts(svg).contains(TestFigures.LINE_TITLE), texts(svg));
    assertTrue(texts(svg).contains("step"), "horizontal axis label as text");
  }

  @Test
  void nonAsciiTextIsWrittenAsUtf8() throws Exception {
    byte[] bytes = Renderer.render(TestFigures.bars(), ImageFormat.SVG);
    assertTrue(texts(parse(bytes)).contains(TestFigures.BAR_TITLE));
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains(TestFigures.BAR_TITLE));
  }

  @Test
  void transparentFigureHasNoBackgroundRectangle() throws Exception {
    Figure figure = new Figure(2, 1, 100).setBackground(null);
    String svg = new String(Renderer.render(figure, ImageFormat.SVG), StandardCharsets.UTF_8);
    assertFalse(svg.contains("<rect") || svg.contains("<path"), svg);
    parse(svg.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void markupInTextIsEscaped() throws Exception {
    Figure figure = TestFigures.line();
    String title = "a < b & \"c\" > 'd' ]]>";
    TestFigures.setTitle(figure, title);
    assertTrue(texts(parse(Renderer.render(figure, ImageFormat.SVG))).contains(title));
  }

  @Test
  void namedFontsGetAGenericFallback() throws Exception {
    byte[] bytes = Renderer.render(TestFigures.line(TestFigures.dejaVuSans(14)), ImageFormat.SVG);
    String svg = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(svg.contains("font-family=\"'DejaVu Sans', sans-serif\""), svg.substring(0, 2000));
    assertTrue(svg.contains("font-family=\"sans-serif\""), "logical fonts stay generic");
    parse(bytes);
  }

  @Test
  void imagesAreEmbeddedAsPngDataUris() throws Exception {
    byte[] bytes = Renderer.render(TestFigures.withImage(), ImageFormat.SVG);
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("xlink:href=\"data:image/png;base64,"));
    parse(bytes);
  }

  static Document parse(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // As a careful consumer parses: no DOCTYPE at all. Ours has none, so this costs nothing.
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  private static String texts(Document svg) {
    NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < texts.getLength(); i++) {
      all.append(texts.item(i).getTextContent()).append('\n');
    }
    return all.toString();
  }
}
