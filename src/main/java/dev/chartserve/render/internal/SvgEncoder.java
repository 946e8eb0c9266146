package dev.chartserve.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import dev.chartserve.figure.Figure;

/**
 * SVG through Apache Batik's {@link SVGGraphics2D}, on the JDK's own DOM. The figure is drawn with a
 * pre-scale of 72/dpi, so the document is in points like matplotlib's: {@code width="460.8pt"} and a
 * {@code viewBox} of the same numbers. Text is written as {@code <text>}, not outlines.
 *
 * <p>Output is deterministic: Batik's ids count from 1 per document, its generator comment is
 * replaced by a fixed one, its numbers are formatted by a formatter of this document's own (Batik
 * shares static, non-thread-safe ones), and line ends are always {@code \n}. Batik's DOCTYPE is dropped,
 * as SVG 2 advises: it names an external DTD that an offline parser would try to fetch.
 */
public final class SvgEncoder {
  private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final double POINTS_PER_INCH = 72;

  private SvgEncoder() {
  }

  public static void encode(Figure figure, OutputStream out) throws IOException {
    double dpi = figure.dpi();
    String width = Numbers.format(figure.pixelWidth() * POINTS_PER_INCH / dpi);
    String height = Numbers.format(figure.pixelHeight() * POINTS_PER_INCH / dpi);

    SvgContext context = new SvgContext(newDocument());
    SVGGraphics2D g = new SVGGraphics2D(context, false);
    try {
      g.scale(POINTS_PER_INCH / dpi, POINTS_PER_INCH / dpi);
      figure.draw(g);
    } finally {
      g.dispose();
    }
    Element root = g.getRoot();
    root.setAttributeNS(null, "width", width + "pt");
    root.setAttributeNS(null, "height", height + "pt");
    root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);

    StringWriter svg = new StringWriter(32 * 1024);
    g.stream(root, svg, false, false);
    writeDocument(svg.getBuffer(), out);
  }

  /** Our declaration, then Batik's text from its root element on, with {@code \n} line ends. */
  private static void writeDocument(StringBuffer batikText, OutputStream out) throws IOException {
    int start = batikText.indexOf("<svg");
    if (start < 0) {
      throw new IllegalStateException("Batik wrote no <svg> element");
    }
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(XML_DECLARATION);
    String lineSeparator = System.lineSeparator();
    if (lineSeparator.equals("\n")) {
      writer.append(batikText, start, batikText.length());
    } else {
      writer.write(batikText.substring(start).replace(lineSeparator, "\n"));
    }
    writer.write('\n');
    writer.flush(); // not close: the caller owns out
  }

  private static Document newDocument() {
    try {
      // The JDK's own parser, whatever else is on the class path: the same DOM, the same bytes.
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's DOM is not available", e);
    }
  }
}
