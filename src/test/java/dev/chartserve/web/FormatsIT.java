package dev.chartserve.web;

import static dev.chartserve.web.Http.contentType;
import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.image;
import static dev.chartserve.web.Http.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** One chart in every format over HTTP: exact Content-Type, decodable bodies, SVG's security policy. */
class FormatsIT extends OnDemoWar {
  @Test
  void jpegIsAJpegOfTheFigureSize() throws Exception {
    HttpResponse<byte[]> response = get(base, "charts/seed-hist.jpg");
    assertEquals(200, response.statusCode());
    assertEquals("image/jpeg", contentType(response));
    assertEquals(640, image(response.body()).getWidth());
  }

  @Test
  void svgIsXmlWithTheTitleAndARestrictivePolicy() throws Exception {
    HttpResponse<byte[]> response = get(base, "charts/seed-hist.svg");
    assertEquals(200, response.statusCode());
    assertEquals("image/svg+xml", contentType(response));
    assertEquals("default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox",
        response.headers().firstValue("Content-Security-Policy").orElseThrow());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body())).getDocumentElement();
    assertEquals("svg", svg.getLocalName());
    assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("Score distribution"));
  }

  @Test
  void aPdfUrlIsServedAsApplicationPdf() throws Exception {
    HttpResponse<byte[]> response = get(base, "charts/seed-hist.pdf");
    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", contentType(response));
    assertTrue(new String(response.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
  }

  @Test
  void anUnknownFormatIsA404NamingTheFormats() throws Exception {
    assertEquals("no image format has the extension \"gif\"; the formats are: png, jpg, svg, pdf",
        problem(get(base, "charts/seed-hist.gif"), 404).getString("detail"));
  }
}
