package dev.chartserve.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

import dev.chartserve.figure.internal.style.Fonts;
import dev.chartserve.figure.internal.style.Theme;

/**
 * A legend drawn like matplotlib's default: keys and labels in one column in a rounded, slightly
 * translucent white box with a light grey edge, placed at one of the named locations inside a box
 * (the axes or the figure). Sizes are matplotlib's, in font-size units. "best" picks the place
 * that hides the least data, as matplotlib does.
 */
final class LegendBox {
  static final List<String> LOCATIONS = List.of("best", "upper right", "upper left", "lower left",
      "lower right", "right", "center left", "center right", "lower center", "upper center",
      "center");
  private static final double FONT = Theme.TEXT_SIZE;
  private static final double BORDER_PAD = 0.4 * FONT;
  private static final double LABEL_SPACING = 0.5 * FONT;
  private static final double HANDLE_LENGTH = 2.0 * FONT;
  private static final double HANDLE_HEIGHT = 0.7 * FONT;
  private static final double HANDLE_TEXT_PAD = 0.8 * FONT;
  private static final double BORDER_AXES_PAD = 0.5 * FONT;
  private static final Color FACE = new Color(255, 255, 255, 204); // white, alpha 0.8
  private static final Color EDGE = new Color(204, 204, 204);      // grey 0.8

  private final List<Artist> handles;
  private final List<String> labels;
  private final String loc;

  LegendBox(List<? extends Artist> handles, List<String> labels, String loc) {
    Objects.requireNonNull(handles, "handles");
    Objects.requireNonNull(labels, "labels");
    if (handles.size() != labels.size()) {
      throw new IllegalArgumentException("handles and labels must be as many, were "
          + handles.size() + " and " + labels.size());
    }
    this.handles = List.copyOf(handles);
    this.labels = List.copyOf(labels);
    this.loc = checkLoc(loc);
  }

  static String checkLoc(String loc) {
    Objects.requireNonNull(loc, "loc");
    if (!LOCATIONS.contains(loc)) {
      throw new IllegalArgumentException("loc must be one of " + LOCATIONS + ", was \"" + loc + "\"");
    }
    return loc;
  }

  /** Draws the legend inside {@code outer} (points); "best" is drawn as "upper right". */
  void draw(Graphics2D g, Rectangle2D outer) {
    draw(g, outer, box -> 0);
  }

  /**
   * Draws the legend inside {@code outer} (points). For "best", the first of matplotlib's places
   * (upper right, upper left, lower left, …) where {@code badness} (how much the box would hide) is
   * lowest.
   */
  void draw(Graphics2D g, Rectangle2D outer, ToIntFunction<Rectangle2D> badness) {
    if (handles.isEmpty()) {
      return;
    }
    Font font = Fonts.regular(FONT);
    FontRenderContext frc = g.getFontRenderContext();
    LineMetrics lm = font.getLineMetrics("Xg", frc);
    double textHeight = lm.getAscent() + lm.getDescent();
    double rowHeight = Math.max(textHeight, HANDLE_HEIGHT);
    double textWidth = 0;
    for (String label : labels) {
      textWidth = Math.max(textWidth, font.getStringBounds(label, frc).getWidth());
    }
    int n = handles.size();
    double width = 2 * BORDER_PAD + HANDLE_LENGTH + HANDLE_TEXT_PAD + textWidth;
    double height = 2 * BORDER_PAD + n * rowHeight + (n - 1) * LABEL_SPACING;

    String where = loc;
    if (loc.equals("best")) {
      int least = Integer.MAX_VALUE;
      for (String candidate : LOCATIONS.subList(1, LOCATIONS.size())) {
        int bad = badness.applyAsInt(place(candidate, outer, width, height));
        if (bad < least) {
          least = bad;
          where = candidate;
        }
        if (bad == 0) {
          break;
        }
      }
    }
    Rectangle2D at = place(where, outer, width, height);
    double x = at.getX();
    double y = at.getY();

    double arc = 2 * 0.2 * FONT;
    RoundRectangle2D frame = new RoundRectangle2D.Double(x, y, width, height, arc, arc);
    g.setPaint(FACE);
    g.fill(frame);
    g.setPaint(EDGE);
    g.setStroke(new BasicStroke(1f));
    g.draw(frame);

    double rowY = y + BORDER_PAD;
    for (int i = 0; i < n; i++) {
      double centerY = rowY + rowHeight / 2;
      Rectangle2D key = new Rectangle2D.Double(x + BORDER_PAD, centerY - HANDLE_HEIGHT / 2,
          HANDLE_LENGTH, HANDLE_HEIGHT);
      handles.get(i).drawLegendHandle(g, key);
      g.setPaint(Color.BLACK);
      g.setFont(font);
      float baseline = (float) (centerY + (lm.getAscent() - lm.getDescent()) / 2);
      g.drawString(labels.get(i), (float) (key.getMaxX() + HANDLE_TEXT_PAD), baseline);
      rowY += rowHeight + LABEL_SPACING;
    }
  }

  private static Rectangle2D place(String where, Rectangle2D outer, double width, double height) {
    double x;
    double y;
    if (where.endsWith("left")) {
      x = outer.getMinX() + BORDER_AXES_PAD;
    } else if (where.endsWith("right")) {
      x = outer.getMaxX() - BORDER_AXES_PAD - width;
    } else {
      x = outer.getCenterX() - width / 2;
    }
    if (where.startsWith("upper")) {
      y = outer.getMinY() + BORDER_AXES_PAD;
    } else if (where.startsWith("lower")) {
      y = outer.getMaxY() - BORDER_AXES_PAD - height;
    } else {
      y = outer.getCenterY() - height / 2;
    }
    return new Rectangle2D.Double(x, y, width, height);
  }
}
