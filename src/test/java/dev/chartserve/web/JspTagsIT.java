package dev.chartserve.web;

import static dev.chartserve.web.Http.contentType;
import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.image;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import dev.chartserve.guard.internal.UrlSigner;

/**
 * The JSP tags on a real server, over real HTTP, in an application at {@code /jsp-tags} with signing
 * on: a page (tags-it.jsp) uses every tag in a {@code <c:forEach>} with hostile values through EL.
 * The HTML is parsed strictly (as XML, after closing the void elements): a value that escaped its
 * attribute would break the parse or show up as markup.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JspTagsIT {
  static final List<String> HOSTILE = List.of(
      "<script>alert(\"x\")</script>",
      "\"quoted\" & 'single' &amp; </a> >",
      "\u00fc\u20ac \u65e5\u672c \uD83D\uDE00");
  private static final String CONTEXT = "/jsp-tags";
  private static final String KEY = "the-jsp-tags-signing-key";
  private static final Pattern VOID = Pattern.compile("<(img|area)(\\s[^<>]*?)/?>");
  private static final Pattern REFERENCE = Pattern.compile("url\\(#([^)]*)\\)");

  @Deployment(testable = false)
  static WebArchive war() {
    return Wars.withContextParams("jsp-tags.war", Map.of("chartserve.signing.key", KEY))
        .addClass(HostileTagsChart.class)
        .addAsWebResource(new ClassLoaderAsset("dev/chartserve/web/tags-it.jsp"), "tags-it/hostile.jsp");
  }

  @ArquillianResource
  URL base;

  @Test
  void everyHostileValueComesBackExactlyAndNothingBecameMarkup() throws Exception {
    String html = html();
    assertFalse(html.toLowerCase().contains("<script"), "no script element made it into the page");
    assertTrue(html.chars().allMatch(c -> c < 0x80), "the tags write ASCII: non-ASCII as references");
    Document page = parse(html);
    assertEquals(0, page.getElementsByTagName("script").getLength());
    for (int i = 0; i < HOSTILE.size(); i++) {
      String t = HOSTILE.get(i);
      Element img = byId(page, "img-" + i);
      assertEquals(t, img.getAttribute("alt"));
      assertEquals("c " + t, img.getAttribute("class"));
      assertEquals("border:0", img.getAttribute("style"));
      assertEquals("lazy", img.getAttribute("loading"));
      assertEquals(Integer.toString(200 + i), img.getAttribute("width"));
      assertEquals("150", img.getAttribute("height"));
      Element row = byId(page, "row-" + i);
      Element svg = (Element) row.getElementsByTagName("svg").item(0);
      assertTrue(svg.getTextContent().contains(t), "the SVG's title is the text, escaped: " + t);
      Element mapImg = (Element) row.getElementsByTagName("img").item(1);
      assertEquals(t, mapImg.getAttribute("alt"));
    }
  }

  @Test
  void urlsCarryTheContextPathAndTheirSignaturesVerify() throws Exception {
    Document page = parse(html());
    for (int i = 0; i < HOSTILE.size(); i++) {
      String t = HOSTILE.get(i);
      int width = 200 + i;
      String src = byId(page, "img-" + i).getAttribute("src");
      String expected = CONTEXT + "/charts/walk.png?width=" + width + "&height=150&title=" + UrlSigner.encode(t) + "&sig=";
      assertTrue(src.startsWith(expected), src);
      assertEquals(t, query(src).get("title"), "the parameter decodes to the value given");
      assertImage(src, width, 150);

      String[] srcset = byId(page, "img-" + i).getAttribute("srcset").split(", ");
      assertEquals(2, srcset.length);
      assertEquals(src + " 1x", srcset[0]);
      assertTrue(srcset[1].endsWith(" 2x"), srcset[1]);
      String hiDpi = srcset[1].substring(0, srcset[1].length() - 3);
      assertEquals("2", query(hiDpi).get("scale"));
      assertImage(hiDpi, 2 * width, 300);

      // a tampered parameter does not verify: the signature is real
      String tampered = src.replace("width=" + width, "width=" + (width + 1));
      assertEquals(403, get(URI.create(root() + tampered)).statusCode());

      Element row = byId(page, "row-" + i);
      String link = ((Element) row.getElementsByTagName("a").item(0)).getAttribute("href");
      assertTrue(link.startsWith(CONTEXT + "/charts/walk.png?width=300&height=" + (100 + i) + "&title="), link);
      assertImage(link, 300, 100 + i);
      String raw = ((Element) row.getElementsByTagName("span").item(0)).getAttribute("title");
      assertTrue(raw.startsWith(CONTEXT + "/charts/walk.png?title=" + UrlSigner.encode(t) + "&scale=2&sig="), raw);
      assertEquals(200, get(URI.create(root() + raw)).statusCode());
    }
  }

  @Test
  void mapsHaveAnAreaPerDeclaredShapeOverItsPixelsWithEscapedTooltipsAndSafeLinks() throws Exception {
    Document page = parse(html());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String t = HOSTILE.get(i);
      Element row = byId(page, "row-" + i);
      Element map = (Element) row.getElementsByTagName("map").item(0);
      String name = map.getAttribute("name");
      assertTrue(names.add(name), "map names are unique: " + name);
      Element img = (Element) row.getElementsByTagName("img").item(1);
      assertEquals("#" + name, img.getAttribute("usemap"));
      assertEquals("400", img.getAttribute("width"));
      assertEquals("300", img.getAttribute("height"));
      assertTrue(img.getAttribute("src").startsWith(CONTEXT + "/charts/tags-hostile.png?width=400&height=300&tip="));
      BufferedImage drawn = assertImage(img.getAttribute("src"), 400, 300);

      NodeList areas = map.getElementsByTagName("area");
      assertEquals(HostileTagsChart.AREAS, areas.getLength());
      Map<String, Integer> titles = new HashMap<>();
      for (int a = 0; a < areas.getLength(); a++) {
        Element area = (Element) areas.item(a);
        String title = area.getAttribute("title");
        titles.merge(title, 1, Integer::sum);
        assertEquals(title, area.getAttribute("data-tooltip"));
        assertEquals("rect", area.getAttribute("shape"));
        String[] coords = area.getAttribute("coords").split(",");
        assertEquals(4, coords.length, area.getAttribute("coords"));
        int left = Integer.parseInt(coords[0]);
        int top = Integer.parseInt(coords[1]);
        int right = Integer.parseInt(coords[2]);
        int bottom = Integer.parseInt(coords[3]);
        assertTrue(0 <= left && left < right && right <= 400 && 0 <= top && top < bottom && bottom <= 300,
            area.getAttribute("coords"));
        if (title.equals(t + " #0")) {
          String href = area.getAttribute("href");
          assertTrue(href.chars().noneMatch(c -> c <= ' ' || c >= 0x7f || "\"<>".indexOf(c) >= 0), href);
          assertEquals(CONTEXT + "/page.jsp?x=" + t, URLDecoder.decode(href, StandardCharsets.UTF_8));
        } else if (title.equals(t + " #1")) {
          assertFalse(area.hasAttribute("href"), "a javascript: link is dropped");
        } else if (title.equals(t + " #2")) {
          assertEquals("https://example.com/?a=1&b=\"2\"", area.getAttribute("href"));
        }
        if (title.matches(".* #[0-2]")) {
          // the area lies over its bar in the image the src URL serves
          assertEquals(0x1f77b4, drawn.getRGB((left + right) / 2, (top + bottom) / 2) & 0xffffff, title);
        }
      }
      assertEquals(Map.of(t + " #0", 1, t + " #1", 1, t + " #2", 1, t + " line", 4, t + " text", 1), titles);
    }
  }

  @Test
  void inlineSvgsShareNoIdAndEachReferenceResolvesInsideItsOwnSvg() throws Exception {
    String html = html();
    assertFalse(html.contains("<?xml") || html.contains("<!DOCTYPE svg"), "no prolog inside the page");
    Document page = parse(html);
    List<String> ids = new ArrayList<>();
    collectIds(page.getDocumentElement(), ids);
    assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique in the page: " + ids);
    NodeList svgs = page.getElementsByTagName("svg");
    assertEquals(HOSTILE.size() + 1, svgs.getLength());
    Set<String> prefixes = new HashSet<>();
    for (int s = 0; s < svgs.getLength(); s++) {
      Element svg = (Element) svgs.item(s);
      List<String> own = new ArrayList<>();
      collectIds(svg, own);
      own.remove(svg.getAttribute("id"));
      assertFalse(own.isEmpty(), "the chart's SVG has clip paths");
      String prefix = own.get(0).substring(0, own.get(0).lastIndexOf('-') + 1);
      assertTrue(own.stream().allMatch(id -> id.startsWith(prefix)), own.toString());
      assertTrue(prefixes.add(prefix), "a prefix per tag: " + prefix);
      int references = 0;
      for (String value : attributeValues(svg)) {
        Matcher m = REFERENCE.matcher(value);
        while (m.find()) {
          assertTrue(own.contains(m.group(1)), m.group(1) + " resolves inside its own svg");
          references++;
        }
      }
      assertTrue(references > 0);
    }
    Element named = byId(page, "named");
    assertEquals("svg", named.getTagName());
    assertEquals("200", named.getAttribute("width"));
    assertTrue(prefixes.contains("named-"), prefixes.toString());
  }

  // ---- helpers ----

  private String root() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }

  private String html() throws Exception {
    assertEquals(CONTEXT + "/", base.getPath(), "deployed under a context path of its own");
    HttpResponse<byte[]> response = get(base, "tags-it/hostile.jsp");
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(200, response.statusCode(), body);
    assertTrue(contentType(response).startsWith("text/html"), contentType(response));
    // kept for a reader: what the tags wrote on this server
    String server = System.getProperty("tomcat.home", "it-wildfly").replaceAll(".*/", "");
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "jsp-tags-" + server + ".html"), body);
    return body;
  }

  /** Strict: the page as XML once img and area are closed; a stray quote or bracket fails here. */
  private static Document parse(String html) throws Exception {
    String xml = VOID.matcher(html.strip()).replaceAll("<$1$2/>");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private BufferedImage assertImage(String path, int width, int height) throws Exception {
    HttpResponse<byte[]> response = get(URI.create(root() + path));
    assertEquals(200, response.statusCode(), path + ": " + new String(response.body(), StandardCharsets.UTF_8));
    BufferedImage image = image(response.body());
    assertEquals(width, image.getWidth(), path);
    assertEquals(height, image.getHeight(), path);
    return image;
  }

  private static Map<String, String> query(String url) {
    Map<String, String> values = new HashMap<>();
    for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
      int eq = pair.indexOf('=');
      values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return values;
  }

  private static Element byId(Document page, String id) {
    List<Element> found = new ArrayList<>();
    find(page.getDocumentElement(), id, found);
    assertEquals(1, found.size(), "one element with id " + id);
    return found.get(0);
  }

  private static void find(Element element, String id, List<Element> found) {
    if (id.equals(element.getAttribute("id"))) {
      found.add(element);
    }
    for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        find(e, id, found);
      }
    }
  }

  private static void collectIds(Element element, List<String> ids) {
    if (element.hasAttribute("id")) {
      ids.add(element.getAttribute("id"));
    }
    for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collectIds(e, ids);
      }
    }
  }

  private static List<String> attributeValues(Element element) {
    List<String> values = new ArrayList<>();
    var attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      String name = attributes.item(i).getNodeName();
      String value = attributes.item(i).getNodeValue();
      values.add(name.endsWith("href") && value.startsWith("#") ? "url(" + value + ")" : value);
    }
    for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        values.addAll(attributeValues(e));
      }
    }
    return values;
  }
}
