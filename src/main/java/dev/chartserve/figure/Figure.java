package dev.chartserve.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.chartserve.figure.internal.DeadlineGraphics2D;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.event.ChartChangeListener;

import dev.chartserve.figure.internal.style.Theme;
import dev.chartserve.figure.internal.style.TightBounds;

/**
 * A figure: the whole drawing surface of one chart, sized in inches at a resolution in dots per inch,
 * as in matplotlib. The default is 6.4 × 4.8 inches at 100 dpi, that is 640 × 480 pixels.
 *
 * <p>Drawing happens in points (1/72 inch), so fonts given in points come out at the same physical
 * size whatever the dpi: a figure drawn at 200 dpi has twice the pixels of the same figure at 100 dpi,
 * and the same layout.
 *
 * <p>Content comes from {@link Axes} ({@link #addSubplot}, {@link #subplots}, {@link #gca}), drawn in
 * matplotlib's default style, and/or from a JFreeChart given to {@link #setChart} (or
 * {@link #of(JFreeChart)}), drawn as it is under the axes.
 *
 * <p><b>Tight bounding box.</b> With {@link #setTightBbox setTightBbox(true)} (matplotlib's
 * {@code bbox_inches="tight"}) the output is trimmed to the drawn content plus 0.1 inch on each
 * side: {@link #pixelWidth()} and {@link #pixelHeight()} return the trimmed size, and
 * {@link #draw(Graphics2D)} draws with the trimmed area's top-left corner at the origin.
 *
 * <p><b>Not thread-safe.</b> A figure belongs to the request (or thread) that made it. Once
 * {@linkplain #close() closed} it refuses further use. Drawing changes nothing outside the figure
 * and can be repeated: the same figure draws the same pixels every time.
 */
public final class Figure implements AutoCloseable {
  /** matplotlib's default figure width, 6.4 inches. */
  public static final double DEFAULT_WIDTH_INCHES = 6.4;
  /** matplotlib's default figure height, 4.8 inches. */
  public static final double DEFAULT_HEIGHT_INCHES = 4.8;
  /** matplotlib's default resolution, 100 dots per inch. */
  public static final double DEFAULT_DPI = 100;

  /** Points per inch: the unit that drawing code and fonts use. */
  static final double POINTS_PER_INCH = 72;
  /** matplotlib's {@code savefig.pad_inches}. */
  static final double TIGHT_PAD_INCHES = 0.1;

  private double widthInches;
  private double heightInches;
  private double dpi;
  private Color background = Color.WHITE;
  private JFreeChart chart;
  private boolean closed;
  private Deadline deadline = Deadline.none();
  private final List<Axes> axes = new ArrayList<>();
  private Axes current;
  private String suptitle = "";
  private LegendBox legend;
  private boolean tight;
  private ZoneId timeZone = ZoneOffset.UTC;
  private Locale locale = Locale.US;

  // the tight box is found by drawing; it is kept until anything changes
  private final ChartChangeListener listener = event -> changed();
  private boolean drawing;
  private long version;
  private long tightVersion = -1;
  private Rectangle tightBox;

  /** A figure of 6.4 × 4.8 inches at 100 dpi. */
  public Figure() {
    this(DEFAULT_WIDTH_INCHES, DEFAULT_HEIGHT_INCHES, DEFAULT_DPI);
  }

  /** A figure of the given size in inches, at {@code dpi} dots per inch. */
  public Figure(double widthInches, double heightInches, double dpi) {
    setSizeInches(widthInches, heightInches);
    setDpi(dpi);
  }

  /** A figure of the default size whose content is {@code chart}, drawn as it is. */
  public static Figure of(JFreeChart chart) {
    return new Figure().setChart(chart);
  }

  /** Sets the size in inches; the pixel size is this times the dpi. */
  public Figure setSizeInches(double widthInches, double heightInches) {
    checkOpen();
    this.widthInches = Checks.positive("widthInches", widthInches);
    this.heightInches = Checks.positive("heightInches", heightInches);
    changed();
    return this;
  }

  /** Sets the resolution in dots (pixels) per inch. */
  public Figure setDpi(double dpi) {
    checkOpen();
    this.dpi = Checks.positive("dpi", dpi);
    changed();
    return this;
  }

  public double widthInches() {
    return widthInches;
  }

  public double heightInches() {
    return heightInches;
  }

  public double dpi() {
    return dpi;
  }

  /**
   * Width in pixels of the output: width in inches × dpi, rounded; with a tight bounding box, the
   * width of the trimmed area.
   */
  public int pixelWidth() {
    return tight ? tightBox().width : fullPixelWidth();
  }

  /**
   * Height in pixels of the output: height in inches × dpi, rounded; with a tight bounding box, the
   * height of the trimmed area.
   */
  public int pixelHeight() {
    return tight ? tightBox().height : fullPixelHeight();
  }

  /** The colour behind everything; white by default, {@code null} for a transparent figure. */
  public Figure setBackground(Color background) {
    checkOpen();
    this.background = background;
    changed();
    return this;
  }

  public Color background() {
    return background;
  }

  /**
   * Makes {@code chart} the base content of this figure, drawn over the whole figure under any axes.
   * The chart is drawn as it is: its theme, fonts and colours are the caller's. The chart must not
   * be shared with another figure or thread.
   */
  public Figure setChart(JFreeChart chart) {
    checkOpen();
    Objects.requireNonNull(chart, "chart");
    if (this.chart != null) {
      this.chart.removeChangeListener(listener);
    }
    this.chart = chart;
    watch(chart);
    changed();
    return this;
  }

  // ---- axes ----

  /**
   * Adds axes in cell {@code index} (1-based, row by row) of a {@code rows} × {@code cols} grid,
   * as matplotlib's {@code add_subplot(rows, cols, index)}, and makes them current.
   */
  public Axes addSubplot(int rows, int cols, int index) {
    checkOpen();
    checkGrid(rows, cols);
    if (index < 1 || index > rows * cols) {
      throw new IllegalArgumentException(
          "index must be 1.." + rows * cols + " for a " + rows + "x" + cols + " grid, was " + index);
    }
    Axes a = new Axes(this, rows, cols, index - 1);
    axes.add(a);
    current = a;
    changed();
    return a;
  }

  /** One axes filling the usual area: {@code addSubplot(1, 1, 1)}. */
  public Axes addSubplot() {
    return addSubplot(1, 1, 1);
  }

  /**
   * A {@code rows} × {@code cols} grid of new axes, as matplotlib's {@code subplots}, returned row by
   * row: the axes in row r, column c (0-based) is at {@code r * cols + c}. The last becomes current.
   */
  public List<Axes> subplots(int rows, int cols) {
    checkOpen();
    checkGrid(rows, cols);
    List<Axes> grid = new ArrayList<>(rows * cols);
    for (int i = 1; i <= rows * cols; i++) {
      grid.add(addSubplot(rows, cols, i));
    }
    return List.copyOf(grid);
  }

  private static void checkGrid(int rows, int cols) {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be >= 1, was " + rows);
    }
    if (cols < 1) {
      throw new IllegalArgumentException("cols must be >= 1, was " + cols);
    }
  }

  /** The current axes (the last made or drawn on), made with {@link #addSubplot()} if none. */
  public Axes gca() {
    checkOpen();
    return current != null ? current : addSubplot();
  }

  /** All axes, in the order made. */
  public List<Axes> axes() {
    return List.copyOf(axes);
  }

  /** Sets a title over the whole figure, 12 pt, centred at the top. */
  public Figure setSuptitle(String title) {
    checkOpen();
    this.suptitle = Objects.requireNonNull(title, "title");
    changed();
    return this;
  }

  /**
   * Shows a legend of {@code handles} with {@code labels} in the figure's corner or edge named by
   * {@code loc} (matplotlib's names: "upper right", "lower left", "center", …; "best" picks the
   * first of them that hides the least data of the axes).
   */
  public Figure legend(List<? extends Artist> handles, List<String> labels, String loc) {
    checkOpen();
    this.legend = new LegendBox(handles, labels, loc);
    changed();
    return this;
  }

  /** Trims the output to the drawn content plus 0.1 in, as {@code bbox_inches="tight"}. */
  public Figure setTightBbox(boolean tight) {
    checkOpen();
    this.tight = tight;
    changed();
    return this;
  }

  public boolean isTightBbox() {
    return tight;
  }

  // ---- drawing ----

  /**
   * Draws this figure on {@code g}, whose user space is in pixels with its origin at the output's
   * top-left corner ({@link #pixelWidth()} × {@link #pixelHeight()}). The caller owns {@code g};
   * its transform, clip and rendering hints are restored afterwards.
   */
  public void draw(Graphics2D g) {
    drawOn(g, null);
  }

  /**
   * Draws this figure on {@code g} as {@link #draw(Graphics2D)} does, and adds to {@code entities}
   * every JFreeChart entity of the drawing that has a tooltip or a link: one per hotspot of each
   * artist with a {@linkplain Artist#tooltip() tooltip} or {@linkplain Artist#url() URL}, and those
   * that the tooltip and URL generators of a {@linkplain #setChart raw chart}'s renderers make.
   * Their areas are in {@code g}'s user space, that is in the output's pixels, after the tight box;
   * the pixels drawn are the same as without {@code entities}. This is what an HTML image map is
   * made of (see the {@code <cs:map>} tag).
   */
  public void draw(Graphics2D g, EntityCollection entities) {
    Objects.requireNonNull(entities, "entities");
    drawOn(g, entities);
  }

  private void drawOn(Graphics2D g, EntityCollection entities) {
    Objects.requireNonNull(g, "g");
    checkOpen();
    if (tight) {
      Rectangle box = tightBox();
      AffineTransform saved = g.getTransform();
      try {
        fillBackground(g, new Rectangle2D.Double(0, 0, box.width, box.height));
        g.translate(-box.x, -box.y);
        drawContent(g, entities, AffineTransform.getTranslateInstance(-box.x, -box.y));
      } finally {
        g.setTransform(saved);
      }
    } else {
      fillBackground(g, new Rectangle2D.Double(0, 0, fullPixelWidth(), fullPixelHeight()));
      drawContent(g, entities, new AffineTransform());
    }
  }

  private void fillBackground(Graphics2D g, Rectangle2D area) {
    if (background != null) {
      g.setPaint(background);
      g.fill(area);
    }
  }

  /**
   * Draws everything but the background, in pixels from the full figure's top-left corner. With a
   * deadline, every drawing operation checks it (whatever the output format draws through).
   */
  private void drawContent(Graphics2D target) {
    drawContent(target, null, new AffineTransform());
  }

  /**
   * As {@link #drawContent(Graphics2D)}; with {@code entities}, also collects the linked entities,
   * moved from points to output pixels by {@code origin} (the tight box's offset) and the dpi.
   */
  private void drawContent(Graphics2D target, EntityCollection entities, AffineTransform origin) {
    Graphics2D g = new DeadlineGraphics2D(target, deadline); // also draws text in any script
    AffineTransform saved = g.getTransform();
    RenderingHints hints = (RenderingHints) g.getRenderingHints().clone();
    java.awt.Shape clip = g.getClip();
    boolean wasDrawing = drawing;
    drawing = true;
    try {
      g.addRenderingHints(Theme.hints());
      double scale = dpi / POINTS_PER_INCH;
      g.scale(scale, scale);
      AffineTransform toOutput = new AffineTransform(origin);
      toOutput.scale(scale, scale);
      double width = widthInches * POINTS_PER_INCH;
      double height = heightInches * POINTS_PER_INCH;
      if (chart != null) {
        ChartRenderingInfo info = entities == null ? null : new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info); // restores its own clip
        collectLinked(info, entities, toOutput);
      }
      for (Axes a : axes) {
        ChartRenderingInfo info = entities == null ? null : new ChartRenderingInfo();
        a.draw(g, width, height, info); // one info per chart: JFreeChart clears it when it starts
        collectLinked(info, entities, toOutput);
      }
      if (!suptitle.isEmpty()) {
        TextLayout layout = Text.prepare(g, suptitle, Theme.TITLE_SIZE, Color.BLACK);
        // matplotlib: centred, top at 0.98 of the height
        g.drawString(suptitle, (float) ((width - layout.getAdvance()) / 2),
            (float) (0.02 * height + layout.getAscent()));
      }
      if (legend != null) {
        legend.draw(g, new Rectangle2D.Double(0, 0, width, height), at -> {
          int bad = 0;
          for (Axes a : axes) {
            bad += a.overlap(at, width, height);
          }
          return bad;
        });
      }
    } finally {
      drawing = wasDrawing;
      g.setTransform(saved);
      g.setRenderingHints(hints);
      g.setClip(clip);
    }
  }

  /** Adds the entities of {@code info} that have a tooltip or a link to {@code entities}, in output pixels. */
  private static void collectLinked(ChartRenderingInfo info, EntityCollection entities, AffineTransform toOutput) {
    if (info == null) {
      return;
    }
    for (Object o : info.getEntityCollection().getEntities()) {
      ChartEntity entity = (ChartEntity) o;
      if (hasText(entity.getToolTipText()) || hasText(entity.getURLText())) {
        entity.setArea(toOutput.createTransformedShape(entity.getArea()));
        entities.add(entity);
      }
    }
  }

  private static boolean hasText(String s) {
    return s != null && !s.isEmpty();
  }

  /** The trimmed area in full-figure pixels; found by drawing once, kept until anything changes. */
  private Rectangle tightBox() {
    if (tightBox == null || tightVersion != version) {
      Rectangle content = TightBounds.find(fullPixelWidth(), fullPixelHeight(), this::drawContent);
      int pad = (int) Math.round(TIGHT_PAD_INCHES * dpi);
      tightBox = content == null
          ? new Rectangle(0, 0, fullPixelWidth(), fullPixelHeight())
          : new Rectangle(content.x - pad, content.y - pad, content.width + 2 * pad,
              content.height + 2 * pad);
      tightVersion = version;
    }
    return tightBox;
  }

  private int fullPixelWidth() {
    return (int) Math.round(widthInches * dpi);
  }

  private int fullPixelHeight() {
    return (int) Math.round(heightInches * dpi);
  }

  /** Something drawn changed: the tight box must be found again. */
  void changed() {
    if (!drawing) {
      deadline.check();
      version++;
    }
  }

  void watch(JFreeChart c) {
    c.addChangeListener(listener);
  }

  void setCurrent(Axes a) {
    current = a;
  }

  /**
   * Sets the zone of the time axes: ticks fall on its round local times (midnights, month starts)
   * and labels show its local times; {@code LocalDate}s and {@code LocalDateTime}s given to
   * {@link Axes} are read in it when they are given. The default is UTC, whatever the JVM's zone.
   */
  public Figure setTimeZone(ZoneId zone) {
    checkOpen();
    this.timeZone = Objects.requireNonNull(zone, "zone");
    changed();
    return this;
  }

  /** The zone of the time axes; UTC by default. */
  public ZoneId timeZone() {
    return timeZone;
  }

  /**
   * Sets the locale of the time axes' labels (month names, and the text of
   * {@link Axes#setXDateFormat date formats}). The default is {@link Locale#US}, whatever the
   * JVM's locale.
   */
  public Figure setLocale(Locale locale) {
    checkOpen();
    this.locale = Objects.requireNonNull(locale, "locale");
    changed();
    return this;
  }

  /** The locale of the time axes' labels; {@link Locale#US} by default. */
  public Locale locale() {
    return locale;
  }

  /**
   * Sets the time by which this figure must be built and drawn. Past it, every call of the figure's
   * API and every drawing operation throws {@link DeadlineExceededException}. The server sets one
   * for each request ({@code chartserve.renderTimeout}); the default is {@link Deadline#none()}.
   */
  public Figure setDeadline(Deadline deadline) {
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    return this;
  }

  public Deadline deadline() {
    return deadline;
  }

  /**
   * Removes everything drawn: the axes, the suptitle, the figure legend and the chart, as matplotlib's
   * {@code Figure.clear()}. The size, dpi, background, tight-box setting and deadline stay.
   */
  public Figure clear() {
    checkOpen();
    if (chart != null) {
      chart.removeChangeListener(listener);
    }
    chart = null;
    axes.clear();
    current = null;
    suptitle = "";
    legend = null;
    changed();
    return this;
  }

  /** Releases this figure; further use throws {@link IllegalStateException}. Idempotent. */
  @Override
  public void close() {
    closed = true;
    if (chart != null) {
      chart.removeChangeListener(listener); // a chart that outlives the figure must not keep it
    }
    chart = null;
    axes.clear();
    current = null;
    legend = null;
  }

  public boolean isClosed() {
    return closed;
  }

  /** Every API call passes here: refuses a closed figure, and stops one past its deadline. */
  void checkOpen() {
    if (closed) {
      throw new IllegalStateException("figure is closed");
    }
    deadline.check();
  }
}
