package dev.chartserve.web.tags;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * An SVG document made fit to sit inside an HTML page: no XML declaration, doctype or comments,
 * every {@code id} prefixed, and every reference to one prefixed the same way ({@code url(#…)} in
 * any attribute or {@code <style>}, and {@code href}/{@code xlink:href} of {@code #…}), so that several
 * charts on one page never point into each other's clip paths and gradients. The markup is written
 * in ASCII (text and attribute values escaped, non-ASCII as character references). Thread-safe: no state.
 */
final class InlineSvg {
  private static final Pattern URL_REFERENCE = Pattern.compile("url\\(\\s*(['\"]?)#");

  private InlineSvg() {
  }

  /**
   * {@code svg} (a whole SVG document) as inline markup with ids prefixed by {@code prefix}; the root
   * element's {@code width}, {@code height} and {@code id} replaced by the given ones when not null.
   */
  static String inline(String svg, String prefix, String width, String height, String rootId) {
    Element root = parse(svg).getDocumentElement();
    rewrite(root, prefix);
    if (rootId != null) {
      root.setAttributeNS(null, "id", rootId);
    }
    if (width != null) {
      root.setAttributeNS(null, "width", width);
    }
    if (height != null) {
      root.setAttributeNS(null, "height", height);
    }
    StringBuilder out = new StringBuilder(svg.length() + 1024);
    write(root, out);
    return out.toString();
  }

  private static void rewrite(Element element, String prefix) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      String value = attribute.getValue();
      if (name.equals("id")) {
        attribute.setValue(prefix + value);
      } else if (name.equals("href") && value.startsWith("#")) {
        attribute.setValue("#" + prefix + value.substring(1));
      } else if (!isNamespaceDeclaration(attribute)) {
        attribute.setValue(references(value, prefix));
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        rewrite((Element) child, prefix);
      } else if ("style".equals(element.getLocalName())
          && (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)) {
        child.setNodeValue(references(child.getNodeValue(), prefix));
      }
    }
  }

  /** {@code url(#a)} → {@code url(#pa)}, also quoted. */
  static String references(String value, String prefix) {
    Matcher m = URL_REFERENCE.matcher(value);
    return m.find() ? m.replaceAll("url($1#" + Matcher.quoteReplacement(prefix)) : value;
  }

  private static boolean isNamespaceDeclaration(Attr attribute) {
    return XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI());
  }

  private static void write(Element element, StringBuilder out) {
    out.append('<').append(element.getTagName());
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      Html.attribute(out, attribute.getName(), attribute.getValue());
    }
    if (!element.hasChildNodes()) {
      out.append("/>");
      return;
    }
    out.append('>');
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      switch (child.getNodeType()) {
        case Node.ELEMENT_NODE -> write((Element) child, out);
        // CDATA becomes escaped text: the same characters in HTML's and XML's parsers
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> Html.escape(child.getNodeValue(), out);
        default -> {
          // comments and processing instructions stay out of the page
        }
      }
    }
    out.append("</").append(element.getTagName()).append('>');
  }

  private static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      // Our own encoder's output has no doctype; refuse one rather than resolve anything.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("the chart's SVG does not parse: " + e.getMessage(), e);
    }
  }
}
