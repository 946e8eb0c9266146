package dev.chartserve.figure.internal.style;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** matplotlib's line styles and marker shapes, in points. */
public final class Strokes {
  private Strokes() {
  }

  /** True for the line styles matplotlib knows: "-", "--", "-.", ":", "None" (also "" and " "). */
  public static boolean isLineStyle(String style) {
    return switch (style) {
      case "-", "--", "-.", ":", "None", "none", "", " " -> true;
      default -> false;
    };
  }

  /** True for the markers supported: "o", "s", "^", "x", "+", ".", "None" (also "" and " "). */
  public static boolean isMarker(String marker) {
    return switch (marker) {
      case "o", "s", "^", "x", "+", ".", "None", "none", "", " " -> true;
      default -> false;
    };
  }

  /** The stroke of a line of {@code width} points in {@code style}; null for no line. */
  public static BasicStroke line(String style, float width) {
    float w = Math.max(width, 0.01f);
    return switch (style) {
      case "-" -> new BasicStroke(width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND);
      // matplotlib's dash patterns, scaled by the line width (lines.scale_dashes)
      case "--" -> dashed(width, 3.7f * w, 1.6f * w);
      case "-." -> dashed(width, 6.4f * w, 1.6f * w, 1f * w, 1.6f * w);
      case ":" -> dashed(width, 1f * w, 1.65f * w);
      default -> null;
    };
  }

  private static BasicStroke dashed(float width, float... pattern) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
  }

  /** The outline of {@code marker} of {@code size} points centred at (x, y); null for none. */
  public static Shape marker(String marker, double x, double y, double size) {
    double r = size / 2;
    return switch (marker) {
      case "o" -> new Ellipse2D.Double(x - r, y - r, size, size);
      case "." -> new Ellipse2D.Double(x - r / 2, y - r / 2, r, r);
      case "s" -> new Rectangle2D.Double(x - r, y - r, size, size);
      case "^" -> {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - r);
        p.lineTo(x + r, y + r);
        p.lineTo(x - r, y + r);
        p.closePath();
        yield p;
      }
      case "x" -> {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x - r, y - r);
        p.lineTo(x + r, y + r);
        p.moveTo(x - r, y + r);
        p.lineTo(x + r, y - r);
        yield p;
      }
      case "+" -> {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x - r, y);
        p.lineTo(x + r, y);
        p.moveTo(x, y - r);
        p.lineTo(x, y + r);
        yield p;
      }
      default -> null;
    };
  }

  /** True if {@code marker} is drawn as strokes only ("x", "+"). */
  public static boolean isStrokedOnly(String marker) {
    return marker.equals("x") || marker.equals("+");
  }
}
