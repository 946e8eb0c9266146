package dev.chartserve.figure;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;

import org.jfree.data.Range;

/**
 * Something an {@link Axes} draws: a {@link Line}, a {@link Patch}, a {@link Scatter}, a
 * {@link Text} or an {@link Annotation}. Handles are live: changing one changes the next drawing
 * of its figure.
 *
 * <p><b>Tooltips and links.</b> Like matplotlib's {@code Artist.set_url}, an artist can carry a link
 * ({@link #setUrl}) and, beyond matplotlib, a tooltip ({@link #setTooltip}). They change nothing that is
 * drawn: the image is the same bytes with or without them. They are what an HTML image map is made
 * of: {@link Figure#draw(Graphics2D, org.jfree.chart.entity.EntityCollection)} reports one JFreeChart
 * entity for each shape of an artist that declares either (a bar's rectangle, a marker of a line or
 * a scatter, a text's box), and the {@code <cs:map>} JSP tag writes one {@code <area>} for each.
 * Both are plain text: whoever writes them into HTML escapes them.
 *
 * <p>Only this package makes artists. <b>Not thread-safe</b>, like the figure that holds them.
 */
public abstract class Artist {
  private String label = "";
  private String tooltip = "";
  private String url = "";
  private ArtistAnnotation annotation;
  private boolean everyPoint;

  Artist() {
  }

  /**
   * The legend label; empty (the default) or starting with "_" keeps the artist out of
   * {@link Axes#legend(String)}, as in matplotlib.
   */
  public String label() {
    return label;
  }

  void label(String label) {
    this.label = Objects.requireNonNull(label, "label");
    changed();
  }

  /** The tooltip text; empty (the default) for none. */
  public String tooltip() {
    return tooltip;
  }

  /**
   * Sets the tooltip shown over this artist in an image map ({@code <cs:map>}); empty for none.
   * Plain text: it is escaped where it is written. Drawing does not change. Returns this artist
   * (each kind of artist returns its own type).
   */
  public Artist setTooltip(String tooltip) {
    this.tooltip = Objects.requireNonNull(tooltip, "tooltip"); // drawn pixels do not change
    return this;
  }

  /** The link; empty (the default) for none. */
  public String url() {
    return url;
  }

  /**
   * Sets the link this artist leads to in an image map, as matplotlib's {@code set_url}; empty for
   * none. An absolute URL ({@code https:}, {@code mailto:}), a path from the server's root
   * ({@code /…}), or a path relative to the application's context root ({@code map.jsp?bar=3}).
   * Drawing does not change. Returns this artist (each kind of artist returns its own type).
   */
  public Artist setUrl(String url) {
    this.url = Objects.requireNonNull(url, "url"); // drawn pixels do not change
    return this;
  }

  /** Whether this artist declares a tooltip or a link, so that its shapes become image-map areas. */
  boolean hasLink() {
    return !tooltip.isEmpty() || !url.isEmpty();
  }

  /**
   * The shapes (Java2D, points) that a pointer over this artist hits in {@code view}: one area of an
   * image map each. None by default.
   */
  List<Shape> hotspots(View view) {
    return List.of();
  }

  /**
   * Draws on {@code g}: inside the plot, clipped to the data area; or, if {@link #clipped()} is
   * false, after the plot, unclipped.
   */
  abstract void draw(Graphics2D g, View view);

  /** Draws this artist's legend key in {@code box} (points). */
  abstract void drawLegendHandle(Graphics2D g, Rectangle2D box);

  /** The x extent of the data, or null if it has none (axhline). */
  abstract Range xRange();

  /** The y extent of the data, or null if it has none (axvline). */
  abstract Range yRange();

  /** How much of this artist a legend at {@code box} (points) would hide; for loc "best". */
  int overlap(View view, Rectangle2D box) {
    return 0;
  }

  double[] stickyX() {
    return new double[0];
  }

  double[] stickyY() {
    return new double[0];
  }

  boolean clipped() {
    return true;
  }

  void attach(ArtistAnnotation annotation) {
    this.annotation = annotation;
  }

  /**
   * Whether to draw every point and vertex given, merging nothing by pixel: what tests compare the
   * drawing against. False by default.
   */
  void drawEveryPoint(boolean everyPoint) {
    this.everyPoint = everyPoint;
    changed();
  }

  boolean everyPoint() {
    return everyPoint;
  }

  /** Tells the figure its drawing is out of date. */
  void changed() {
    if (annotation != null) {
      annotation.changed();
    }
  }

  static Range range(double[] values) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return lo <= hi ? new Range(lo, hi) : null;
  }
}
