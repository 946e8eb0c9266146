package dev.chartserve.web.tags;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.StandardEntityCollection;

import dev.chartserve.figure.Figure;

/**
 * A figure's linked entities as the {@code <area>} elements of an HTML image map. Coordinates are
 * the output's pixels, rounded; a rectangle becomes {@code shape="rect"} (4 numbers), anything else
 * {@code shape="poly"} (its outline flattened, one area per closed outline).
 *
 * <p>Links: one with a scheme is kept only if it is {@code http}, {@code https} or {@code mailto}
 * (a {@code javascript:} link is dropped, whatever its spelling); one that starts with {@code /} is
 * kept; any other is relative to the application's context root and gets the context path and a
 * {@code /} in front. Characters a URL cannot hold are percent-encoded; the result is then escaped
 * as any attribute value. Thread-safe: no state.
 */
final class ImageMap {
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
  private static final List<String> SAFE_SCHEMES = List.of("http", "https", "mailto");
  private static final double FLATNESS = 0.5;

  private ImageMap() {
  }

  /** Draws {@code figure} (on a 1-pixel canvas: only the geometry is wanted) and returns its linked entities. */
  static List<ChartEntity> entities(Figure figure) {
    EntityCollection collected = new StandardEntityCollection();
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
    try {
      figure.draw(g, collected);
    } finally {
      g.dispose();
    }
    List<ChartEntity> entities = new ArrayList<>();
    for (Object e : collected.getEntities()) {
      entities.add((ChartEntity) e);
    }
    return entities;
  }

  /** Appends one {@code <area>} per outline of {@code entity}; none if it has neither tooltip nor link. */
  static void areas(StringBuilder out, ChartEntity entity, String contextPath) {
    String tooltip = entity.getToolTipText() == null ? "" : entity.getToolTipText();
    String href = href(entity.getURLText(), contextPath);
    if (tooltip.isEmpty() && href == null) {
      return;
    }
    for (double[] outline : outlines(entity.getArea())) {
      out.append("<area");
      boolean rect = isRectangle(outline);
      Html.attribute(out, "shape", rect ? "rect" : "poly");
      Html.attribute(out, "coords", rect ? rectCoords(outline) : polyCoords(outline));
      if (href != null) {
        Html.attribute(out, "href", href);
      }
      Html.attribute(out, "alt", tooltip.isEmpty() ? href : tooltip);
      if (!tooltip.isEmpty()) {
        Html.attribute(out, "title", tooltip);
        Html.attribute(out, "data-tooltip", tooltip);
      }
      out.append('>');
    }
  }

  /** The link as the page should carry it (unescaped), or null for none or an unsafe one. */
  static String href(String url, String contextPath) {
    if (url == null) {
      return null;
    }
    // Browsers drop tabs and newlines inside URLs and trim controls and spaces: so must the check.
    String link = url.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
    if (link.isEmpty()) {
      return null;
    }
    var scheme = SCHEME.matcher(link);
    if (scheme.find()) {
      return SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT)) ? link : null;
    }
    if (link.startsWith("/")) {
      return encodeUnsafe(link);
    }
    return contextPath + "/" + encodeUnsafe(link);
  }

  /**
   * Percent-encodes (UTF-8) every character a URL may not hold as it is (spaces, quotes, angle
   * brackets, non-ASCII…), keeping RFC 3986's unreserved and reserved characters and existing
   * {@code %} escapes, so a link declared as {@code map.jsp?bar=Größe} is a valid URL.
   */
  static String encodeUnsafe(String link) {
    StringBuilder out = new StringBuilder(link.length() + 16);
    for (byte b : link.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** The closed outlines of {@code shape}, flattened: x0, y0, x1, y1, … each. */
  static List<double[]> outlines(Shape shape) {
    List<double[]> outlines = new ArrayList<>();
    List<Double> current = new ArrayList<>();
    double[] point = new double[6];
    for (PathIterator it = shape.getPathIterator(null, FLATNESS); !it.isDone(); it.next()) {
      int type = it.currentSegment(point);
      if (type == PathIterator.SEG_MOVETO) {
        addOutline(outlines, current);
        current = new ArrayList<>();
      }
      if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) {
        current.add(point[0]);
        current.add(point[1]);
      }
    }
    addOutline(outlines, current);
    return outlines;
  }

  private static void addOutline(List<double[]> outlines, List<Double> points) {
    int n = points.size();
    // the last point repeats the first when the path closes itself with a line
    if (n >= 4 && points.get(0).equals(points.get(n - 2)) && points.get(1).equals(points.get(n - 1))) {
      n -= 2;
    }
    if (n >= 6) {
      double[] outline = new double[n];
      for (int i = 0; i < n; i++) {
        outline[i] = points.get(i);
      }
      outlines.add(outline);
    }
  }

  /** Four corners, each edge horizontal or vertical. */
  static boolean isRectangle(double[] o) {
    if (o.length != 8) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      int j = (i + 1) % 4;
      boolean horizontal = o[2 * i + 1] == o[2 * j + 1];
      boolean vertical = o[2 * i] == o[2 * j];
      if (horizontal == vertical) {
        return false; // diagonal, or two equal corners
      }
    }
    return true;
  }

  private static String rectCoords(double[] o) {
    double left = Math.min(Math.min(o[0], o[2]), Math.min(o[4], o[6]));
    double right = Math.max(Math.max(o[0], o[2]), Math.max(o[4], o[6]));
    double top = Math.min(Math.min(o[1], o[3]), Math.min(o[5], o[7]));
    double bottom = Math.max(Math.max(o[1], o[3]), Math.max(o[5], o[7]));
    return Math.round(left) + "," + Math.round(top) + "," + Math.round(right) + "," + Math.round(bottom);
  }

  private static String polyCoords(double[] o) {
    StringBuilder coords = new StringBuilder();
    for (int i = 0; i < o.length; i++) {
      if (i > 0) {
        coords.append(',');
      }
      coords.append(Math.round(o[i]));
    }
    return coords.toString();
  }
}
