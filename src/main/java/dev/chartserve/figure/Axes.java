package dev.chartserve.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;

import dev.chartserve.figure.internal.axis.AutoAxis;
import dev.chartserve.figure.internal.axis.EpochDays;
import dev.chartserve.figure.internal.axis.Scales;
import dev.chartserve.figure.internal.axis.TimeTicks;
import dev.chartserve.figure.internal.style.Layout;
import dev.chartserve.figure.internal.style.Theme;

/**
 * One set of axes in a {@link Figure}, as matplotlib's {@code Axes}: numeric x and y, drawn by one
 * JFreeChart {@link XYPlot} (see {@link #xyPlot()}). Methods keep matplotlib's names and defaults:
 * {@code plot}, {@code scatter}, {@code bar}, {@code hist}, {@code fillBetween}, {@code errorbar},
 * {@code axhline}, {@code text}, {@code legend}, limits, scales and ticks. Colours cycle through
 * C0..C9 per axes. Limits follow the data plus a 5 % margin, except where bars and histograms stand
 * on 0.
 *
 * <p><b>Time on x.</b> {@code plot}, {@code scatter}, {@code bar}, {@code fillBetween} and
 * {@code setXLim} also take {@link Instant}s, {@link ZonedDateTime}s, and {@link LocalDate}s and
 * {@link LocalDateTime}s (read in the figure's {@linkplain Figure#timeZone() zone} when given).
 * They make x a time axis, as matplotlib's dates: x values are days since 1970-01-01T00:00Z
 * (so a bar's default width is 0.8 days, and {@link #xLim()} returns days), ticks fall on round
 * local times of the figure's zone as matplotlib's {@code AutoDateLocator} places them, and
 * labels are those of its {@code ConciseDateFormatter} ("Mar-01", "06:00", an offset text such
 * as "2026-Mar-01" at the right end), month names in the figure's
 * {@linkplain Figure#locale() locale}; {@link #setXDateFormat} fixes the labels' pattern.
 *
 * <p><b>Many points.</b> {@code plot}, {@code step}, {@code errorbar}, {@code scatter},
 * {@code fillBetween}, {@code imshow} and {@code contour} keep the arrays they are given instead of
 * copying them, so a series of ten million points or an image of 4,000 × 4,000 values costs no
 * second copy: do not change an array after plotting it.
 * Drawing costs what the output can show, not what the data holds: of the vertices of a line that
 * fall in one narrow strip of a pixel column only the first, last, lowest and highest (and the
 * neighbours of those two) are drawn, markers and scatter points that fall in one pixel with the
 * same look are drawn once, and an area is outlined the same way; see {@code docs/figure-api.md},
 * "Big series", for what that keeps of the picture.
 *
 * <p><b>Not thread-safe</b>: axes belong to their figure, which belongs to one request.
 */
public final class Axes {
  private final Figure figure;
  private final int rows;
  private final int cols;
  private final int index;
  private final XYPlot plot;
  private final JFreeChart chart;
  private int nextColor;
  private String title = "";
  private LegendBox legend;
  private double aspect = Double.NaN; // NaN: "auto"
  private Axes host; // for a twinx(): the axes whose x axis and cell these share
  private final Categories xCategories = new Categories();
  private final Categories yCategories = new Categories();
  private final List<BarContainer> containers = new ArrayList<>();

  Axes(Figure figure, int rows, int cols, int index) {
    this.figure = figure;
    this.rows = rows;
    this.cols = cols;
    this.index = index;
    this.plot = new XYPlot(null, new AutoAxis(null, true), new AutoAxis(null, false), null);
    // XYPlot draws gridlines through its first renderer: one that draws no data
    plot.setRenderer(0, new XYLineAndShapeRenderer(false, false), false);
    Theme.style(plot);
    this.chart = Theme.bareChart(plot);
    figure.watch(chart);
  }

  /**
   * The JFreeChart plot these axes draw with, for what this API does not cover. Changes to it show
   * in the next drawing. The axes set its insets and fixed axis spaces when drawing, to place it.
   * Renderer index 9999 is reserved for images and contours: renderers added for series must use
   * other indices.
   */
  public XYPlot xyPlot() {
    return plot;
  }

  /** The figure these axes belong to. */
  public Figure figure() {
    return figure;
  }

  // ---- lines and markers ----

  /** A line through (x[i], y[i]) in the next colour of the cycle; see "Many points" above. */
  public Line plot(double[] x, double[] y) {
    checkXY(x, y, "y");
    return add(new Line(Line.Kind.DATA, x, y, null, nextColor()));
  }

  /** A line through (i, y[i]), i = 0, 1, …; no array of x is made. */
  public Line plot(double[] y) {
    Objects.requireNonNull(y, "y");
    return add(new Line(Line.Kind.DATA, null, y, null, nextColor()));
  }

  /** Markers at (x[i], y[i]): circles of 36 pt² in the next colour of the cycle. */
  public Scatter scatter(double[] x, double[] y) {
    checkXY(x, y, "y");
    return add(new Scatter(x, y, nextColor()));
  }

  /** A line through the points with vertical error bars y[i] ± yerr[i], in one colour. */
  public Line errorbar(double[] x, double[] y, double[] yerr) {
    checkXY(x, y, "y");
    checkXY(x, yerr, "yerr");
    return add(new Line(Line.Kind.DATA, x, y, yerr, nextColor()));
  }

  /** A horizontal line across the axes at {@code y}, in the next colour of the cycle. */
  public Line axhline(double y) {
    return add(new Line(Line.Kind.HORIZONTAL, new double[0], new double[] {y}, null, nextColor()));
  }

  /** A vertical line across the axes at {@code x}, in the next colour of the cycle. */
  public Line axvline(double x) {
    return add(new Line(Line.Kind.VERTICAL, new double[] {x}, new double[0], null, nextColor()));
  }

  // ---- patches ----

  /** Bars of {@code heights} centred on {@code x}, 0.8 wide, standing on 0. One colour for all. */
  public BarContainer bar(double[] x, double[] heights) {
    return bar(x, heights, 0.8);
  }

  /** Bars of {@code heights} centred on {@code x}, {@code width} wide, standing on 0. */
  public BarContainer bar(double[] x, double[] heights, double width) {
    checkXY(x, heights, "heights");
    Checks.positive("width", width);
    return bars(x, heights, width, null, false);
  }

  /** Horizontal bars of {@code widths} centred on {@code y}, 0.8 high, starting at 0. */
  public BarContainer barh(double[] y, double[] widths) {
    return barh(y, widths, 0.8);
  }

  /** Horizontal bars of {@code widths} centred on {@code y}, {@code height} high, starting at 0. */
  public BarContainer barh(double[] y, double[] widths, double height) {
    checkXY(y, widths, "widths");
    Checks.positive("height", height);
    return bars(y, widths, height, null, true);
  }

  /**
   * Bars centred on {@code at}, {@code thickness} across, of {@code lengths} from {@code base} (0
   * where null), in one colour.
   */
  private BarContainer bars(double[] at, double[] lengths, double thickness, double[] base,
      boolean horizontal) {
    Color color = nextColor();
    List<Patch> bars = new ArrayList<>(at.length);
    for (int i = 0; i < at.length; i++) {
      double lo = at[i] - thickness / 2;
      double hi = at[i] + thickness / 2;
      double b = base == null ? 0 : base[i];
      bars.add(add(horizontal ? Patch.rectangle(b, lo, b + lengths[i], hi, color, true)
          : Patch.rectangle(lo, b, hi, b + lengths[i], color, false)));
    }
    BarContainer container = new BarContainer(bars, figure);
    containers.add(container);
    return container;
  }

  /** A histogram of {@code values} in {@code bins} equal bins over their range. */
  public Histogram hist(double[] values, int bins) {
    return hist(values, bins, false);
  }

  /**
   * A histogram of {@code values} in {@code bins} equal bins over their range; with {@code density}
   * the bars show counts / (total × bin width), so their area sums to 1.
   */
  public Histogram hist(double[] values, int bins, boolean density) {
    Objects.requireNonNull(values, "values");
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be >= 1, was " + bins);
    }
    return hist(values, Histograms.equalEdges(values, bins), density);
  }

  /** A histogram of {@code values} in the bins between consecutive {@code edges}. */
  public Histogram hist(double[] values, double[] edges) {
    return hist(values, edges, false);
  }

  /** A histogram in the bins between consecutive {@code edges}, as counts or as a density. */
  public Histogram hist(double[] values, double[] edges, boolean density) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(edges, "edges");
    double[] e = edges.clone();
    Histograms.checkEdges(e);
    double[] counts = Histograms.count(values, e, density);
    Color color = nextColor();
    List<Patch> patches = new ArrayList<>(counts.length);
    for (int i = 0; i < counts.length; i++) {
      patches.add(add(Patch.rectangle(e[i], 0, e[i + 1], counts[i], color, false)));
    }
    return new Histogram(counts, e, patches);
  }

  /** The area between y1 and y2 over x, in the next colour of the cycle. */
  public Patch fillBetween(double[] x, double[] y1, double[] y2) {
    checkXY(x, y1, "y1");
    checkXY(x, y2, "y2");
    return add(Patch.region(x, y2, y1, nextColor(), new double[0]));
  }

  /** The area between y1 and the constant {@code y2} (0 in matplotlib's default) over x. */
  public Patch fillBetween(double[] x, double[] y1, double y2) {
    Objects.requireNonNull(x, "x");
    double[] level = new double[x.length];
    java.util.Arrays.fill(level, y2);
    return fillBetween(x, y1, level);
  }

  /** {@code s} with its left end on the baseline at (x, y), in data coordinates. */
  public Text text(double x, double y, String s) {
    return add(new Text(x, y, Objects.requireNonNull(s, "s")));
  }

  // ---- time on x (days since 1970-01-01T00:00Z on a time axis; see the class comment) ----

  /** {@link #plot(double[], double[])} over times. */
  public Line plot(Instant[] x, double[] y) {
    return onTimeX(plot(TimeValues.days(x), y));
  }

  /** {@link #plot(double[], double[])} over times. */
  public Line plot(ZonedDateTime[] x, double[] y) {
    return onTimeX(plot(TimeValues.days(x), y));
  }

  /** {@link #plot(double[], double[])} over local times of the figure's zone. */
  public Line plot(LocalDateTime[] x, double[] y) {
    return onTimeX(plot(TimeValues.days(x, figure.timeZone()), y));
  }

  /** {@link #plot(double[], double[])} over days, at their midnight in the figure's zone. */
  public Line plot(LocalDate[] x, double[] y) {
    return onTimeX(plot(TimeValues.days(x, figure.timeZone()), y));
  }

  /** {@link #scatter(double[], double[])} over times. */
  public Scatter scatter(Instant[] x, double[] y) {
    return onTimeX(scatter(TimeValues.days(x), y));
  }

  /** {@link #scatter(double[], double[])} over times. */
  public Scatter scatter(ZonedDateTime[] x, double[] y) {
    return onTimeX(scatter(TimeValues.days(x), y));
  }

  /** {@link #scatter(double[], double[])} over local times of the figure's zone. */
  public Scatter scatter(LocalDateTime[] x, double[] y) {
    return onTimeX(scatter(TimeValues.days(x, figure.timeZone()), y));
  }

  /** {@link #scatter(double[], double[])} over days, at their midnight in the figure's zone. */
  public Scatter scatter(LocalDate[] x, double[] y) {
    return onTimeX(scatter(TimeValues.days(x, figure.timeZone()), y));
  }

  /** Bars centred on times, {@code width} wide, standing on 0. */
  public BarContainer bar(Instant[] x, double[] heights, Duration width) {
    return onTimeX(bar(TimeValues.days(x), heights, days(width)));
  }

  /** Bars centred on times, 0.8 days wide (matplotlib's default), standing on 0. */
  public BarContainer bar(Instant[] x, double[] heights) {
    return onTimeX(bar(TimeValues.days(x), heights));
  }

  /** Bars centred on times, {@code width} wide, standing on 0. */
  public BarContainer bar(ZonedDateTime[] x, double[] heights, Duration width) {
    return onTimeX(bar(TimeValues.days(x), heights, days(width)));
  }

  /** Bars centred on times, 0.8 days wide, standing on 0. */
  public BarContainer bar(ZonedDateTime[] x, double[] heights) {
    return onTimeX(bar(TimeValues.days(x), heights));
  }

  /** Bars centred on local times of the figure's zone, {@code width} wide, standing on 0. */
  public BarContainer bar(LocalDateTime[] x, double[] heights, Duration width) {
    return onTimeX(bar(TimeValues.days(x, figure.timeZone()), heights, days(width)));
  }

  /** Bars centred on local times of the figure's zone, 0.8 days wide, standing on 0. */
  public BarContainer bar(LocalDateTime[] x, double[] heights) {
    return onTimeX(bar(TimeValues.days(x, figure.timeZone()), heights));
  }

  /** Bars centred on the midnights of days in the figure's zone, {@code width} wide, on 0. */
  public BarContainer bar(LocalDate[] x, double[] heights, Duration width) {
    return onTimeX(bar(TimeValues.days(x, figure.timeZone()), heights, days(width)));
  }

  /** Bars centred on the midnights of days in the figure's zone, 0.8 days wide, standing on 0. */
  public BarContainer bar(LocalDate[] x, double[] heights) {
    return onTimeX(bar(TimeValues.days(x, figure.timeZone()), heights));
  }

  /** {@link #fillBetween(double[], double[], double[])} over times. */
  public Patch fillBetween(Instant[] x, double[] y1, double[] y2) {
    return onTimeX(fillBetween(TimeValues.days(x), y1, y2));
  }

  /** {@link #fillBetween(double[], double[], double[])} over times. */
  public Patch fillBetween(ZonedDateTime[] x, double[] y1, double[] y2) {
    return onTimeX(fillBetween(TimeValues.days(x), y1, y2));
  }

  /** {@link #fillBetween(double[], double[], double[])} over local times of the figure's zone. */
  public Patch fillBetween(LocalDateTime[] x, double[] y1, double[] y2) {
    return onTimeX(fillBetween(TimeValues.days(x, figure.timeZone()), y1, y2));
  }

  /** {@link #fillBetween(double[], double[], double[])} over days, at their midnight in the zone. */
  public Patch fillBetween(LocalDate[] x, double[] y1, double[] y2) {
    return onTimeX(fillBetween(TimeValues.days(x, figure.timeZone()), y1, y2));
  }

  /** {@link #step(double[], double[], String)} over times. */
  public Line step(Instant[] x, double[] y, String where) {
    return onTimeX(step(TimeValues.days(x), y, where));
  }

  /** {@link #step(double[], double[], String)} over times. */
  public Line step(ZonedDateTime[] x, double[] y, String where) {
    return onTimeX(step(TimeValues.days(x), y, where));
  }

  /** {@link #step(double[], double[], String)} over local times of the figure's zone. */
  public Line step(LocalDateTime[] x, double[] y, String where) {
    return onTimeX(step(TimeValues.days(x, figure.timeZone()), y, where));
  }

  /** {@link #step(double[], double[], String)} over days, at their midnight in the zone. */
  public Line step(LocalDate[] x, double[] y, String where) {
    return onTimeX(step(TimeValues.days(x, figure.timeZone()), y, where));
  }

  /** Fixes the x limits to times (a time axis); {@code left} after {@code right} turns it around. */
  public Axes setXLim(Instant left, Instant right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return onTimeX(setXLim(EpochDays.of(left), EpochDays.of(right)));
  }

  /** Fixes the x limits to times (a time axis). */
  public Axes setXLim(ZonedDateTime left, ZonedDateTime right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return setXLim(left.toInstant(), right.toInstant());
  }

  /** Fixes the x limits to local times of the figure's zone (a time axis). */
  public Axes setXLim(LocalDateTime left, LocalDateTime right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return setXLim(left.atZone(figure.timeZone()), right.atZone(figure.timeZone()));
  }

  /** Fixes the x limits to the midnights of days in the figure's zone (a time axis). */
  public Axes setXLim(LocalDate left, LocalDate right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return setXLim(left.atStartOfDay(figure.timeZone()), right.atStartOfDay(figure.timeZone()));
  }

  /**
   * Makes x a time axis whose ticks are labelled with {@code pattern}, a
   * {@link java.time.format.DateTimeFormatter} pattern ("MMM d", "HH:mm"), in the figure's zone
   * and locale, without an offset text; null goes back to the concise labels.
   *
   * @throws IllegalArgumentException if the pattern is not valid
   * @throws IllegalStateException if the x axis is a log axis
   */
  public Axes setXDateFormat(String pattern) {
    timeAxis().setPattern("x", pattern);
    figure.changed();
    return this;
  }

  /** Makes x a time axis (if it is not one) and returns {@code drawn}. */
  <T> T onTimeX(T drawn) {
    timeAxis();
    return drawn;
  }

  private TimeTicks timeAxis() {
    if (!(plot.getDomainAxis() instanceof AutoAxis axis)) {
      throw new IllegalStateException("x must be a linear axis to show times, was "
          + plot.getDomainAxis().getClass().getSimpleName());
    }
    if (axis.time() == null) {
      axis.setTime(new TimeTicks(figure::timeZone, figure::locale));
    }
    return axis.time();
  }

  private static double days(Duration width) {
    Objects.requireNonNull(width, "width");
    return width.toNanos() / 86_400e9;
  }

  // ---- decoration ----

  /** Sets the title, 12 pt, centred 6 pt above the axes. */
  public Axes setTitle(String title) {
    this.title = Objects.requireNonNull(title, "title");
    figure.changed();
    return this;
  }

  public String title() {
    return title;
  }

  /** Sets the x axis label, 10 pt, below the tick labels. */
  public Axes setXLabel(String label) {
    if (host != null) {
      host.setXLabel(label); // the shared x axis is drawn by the host
      return this;
    }
    plot.getDomainAxis().setLabel(Objects.requireNonNull(label, "label"));
    return this;
  }

  /** Sets the y axis label, 10 pt, left of the tick labels, turned 90°. */
  public Axes setYLabel(String label) {
    plot.getRangeAxis().setLabel(Objects.requireNonNull(label, "label"));
    return this;
  }

  /** Fixes the x limits; {@code left > right} turns the axis around. */
  public Axes setXLim(double left, double right) {
    if (host != null) {
      host.setXLim(left, right);
      return this;
    }
    Scales.limits("x", plot.getDomainAxis(), left, right);
    return this;
  }

  /** Fixes the y limits; {@code bottom > top} turns the axis around. */
  public Axes setYLim(double bottom, double top) {
    Scales.limits("y", plot.getRangeAxis(), bottom, top);
    return this;
  }

  /** The current x limits {left, right} (autoscaled from the data if not set). */
  public double[] xLim() {
    if (host != null) {
      return host.xLim();
    }
    plot.configureDomainAxes();
    ValueAxis a = plot.getDomainAxis();
    return a.isInverted() ? new double[] {a.getUpperBound(), a.getLowerBound()}
        : new double[] {a.getLowerBound(), a.getUpperBound()};
  }

  /** The current y limits {bottom, top} (autoscaled from the data if not set). */
  public double[] yLim() {
    plot.configureRangeAxes();
    ValueAxis a = plot.getRangeAxis();
    return a.isInverted() ? new double[] {a.getUpperBound(), a.getLowerBound()}
        : new double[] {a.getLowerBound(), a.getUpperBound()};
  }

  /** Sets the x scale: "linear" (the default) or "log". */
  public Axes setXScale(String scale) {
    if (host != null) {
      host.setXScale(scale);
      return this;
    }
    plot.setDomainAxis(Scales.scaled("x", plot.getDomainAxis(), scale, true));
    return this;
  }

  /** Sets the y scale: "linear" (the default) or "log". */
  public Axes setYScale(String scale) {
    plot.setRangeAxis(Scales.scaled("y", plot.getRangeAxis(), scale, false));
    return this;
  }

  /**
   * Sets the aspect: "auto" (the default: the box fills its cell) or "equal" (one x unit as long
   * as one y unit; the box shrinks about its centre, as matplotlib's {@code adjustable="box"}).
   */
  public Axes setAspect(String aspect) {
    Objects.requireNonNull(aspect, "aspect");
    switch (aspect) {
      case "auto" -> this.aspect = Double.NaN;
      case "equal" -> this.aspect = 1;
      default -> throw new IllegalArgumentException(
          "aspect must be \"auto\", \"equal\" or a number, was \"" + aspect + "\"");
    }
    figure.changed();
    return this;
  }

  /** Sets the aspect as the length of one y unit over one x unit; the box shrinks about its centre. */
  public Axes setAspect(double aspect) {
    this.aspect = Checks.positive("aspect", aspect);
    figure.changed();
    return this;
  }

  /** Shows or hides grid lines at the major ticks of both axes (grey, 0.8 pt). Off by default. */
  public Axes grid(boolean visible) {
    plot.setDomainGridlinesVisible(visible);
    plot.setRangeGridlinesVisible(visible);
    return this;
  }

  /** Puts the x ticks at {@code ticks}, labelled with their values. */
  public Axes setXTicks(double[] ticks) {
    return setXTicks(ticks, null);
  }

  /** Puts the x ticks at {@code ticks} with {@code labels} (one per tick; null for the values). */
  public Axes setXTicks(double[] ticks, List<String> labels) {
    if (host != null) {
      host.setXTicks(ticks, labels);
      return this;
    }
    Scales.fixTicks("x", plot.getDomainAxis(), ticks, labels);
    return this;
  }

  /** Puts the y ticks at {@code ticks}, labelled with their values. */
  public Axes setYTicks(double[] ticks) {
    return setYTicks(ticks, null);
  }

  /** Puts the y ticks at {@code ticks} with {@code labels} (one per tick; null for the values). */
  public Axes setYTicks(double[] ticks, List<String> labels) {
    Scales.fixTicks("y", plot.getRangeAxis(), ticks, labels);
    return this;
  }

  /**
   * Shows a legend of the artists that have a label (not empty, not starting with "_"), in the
   * order drawn, at {@code loc}: "best" (where it hides the least data), "upper right", "upper left",
   * "lower left", "lower right", "right", "center left", "center right", "lower center",
   * "upper center" or "center".
   */
  public Axes legend(String loc) {
    LegendBox.checkLoc(loc);
    List<Artist> handles = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Artist artist : artists()) {
      if (!artist.label().isEmpty() && !artist.label().startsWith("_")) {
        handles.add(artist);
        labels.add(artist.label());
      }
    }
    for (BarContainer bars : containers) { // after the lines and patches, as matplotlib
      if (bars.inLegend()) {
        handles.add(bars.get(0));
        labels.add(bars.label());
      }
    }
    this.legend = new LegendBox(handles, labels, loc);
    figure.changed();
    return this;
  }

  /** Shows a legend of {@code handles} with {@code labels} at {@code loc}, whatever their labels. */
  public Axes legend(List<? extends Artist> handles, List<String> labels, String loc) {
    this.legend = new LegendBox(handles, labels, loc);
    figure.changed();
    return this;
  }

  /** {@link #legend(String) legend("best")}. */
  public Axes legend() {
    return legend("best");
  }

  // ---- categories, stacks, steps, twins, annotations ----

  /**
   * Bars of {@code heights} at string {@code categories}, 0.8 wide, standing on 0, as matplotlib's
   * {@code bar(["Q1", "Q2"], heights)}: each new category takes the next position 0, 1, 2, … in
   * order of first appearance, and one seen before (in this call or an earlier one) keeps its
   * place; the x axis gets a tick at each category, labelled with its name.
   */
  public BarContainer bar(List<String> categories, double[] heights) {
    return bar(categories, heights, 0.8, null);
  }

  /**
   * Bars of {@code heights} at {@code categories} standing on {@code bottom} (one per bar), as
   * matplotlib's {@code bar(categories, heights, bottom=bottom)}: stack bars by passing the sum of
   * the heights below.
   */
  public BarContainer bar(List<String> categories, double[] heights, double[] bottom) {
    Objects.requireNonNull(bottom, "bottom");
    return bar(categories, heights, 0.8, bottom);
  }

  /**
   * Bars of {@code heights} at {@code categories}, {@code width} wide, on {@code bottom} (null for
   * 0).
   */
  public BarContainer bar(List<String> categories, double[] heights, double width, double[] bottom) {
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(heights, "heights");
    sameLength("categories", categories.size(), "heights", heights.length);
    Checks.positive("width", width);
    checkBase(heights, "heights", bottom, "bottom");
    Axes owner = host != null ? host : this; // a twin shares its host's x categories
    BarContainer bars = bars(owner.xCategories.positions(categories), heights, width, bottom, false);
    setXTicks(owner.xCategories.ticks(), owner.xCategories.labels());
    return bars;
  }

  /**
   * Bars of {@code heights} centred on {@code x}, {@code width} wide, standing on {@code bottom}
   * (one per bar; null for 0), as matplotlib's {@code bar(x, heights, width, bottom)}.
   */
  public BarContainer bar(double[] x, double[] heights, double width, double[] bottom) {
    checkXY(x, heights, "heights");
    Checks.positive("width", width);
    checkBase(heights, "heights", bottom, "bottom");
    return bars(x, heights, width, bottom, false);
  }

  /**
   * Horizontal bars of {@code widths} at string {@code categories} on the y axis (0, 1, 2, … from
   * the bottom, in order of first appearance), 0.8 high, starting at 0; a y tick per category.
   */
  public BarContainer barh(List<String> categories, double[] widths) {
    return barh(categories, widths, 0.8, null);
  }

  /** Horizontal bars of {@code widths} at {@code categories} starting at {@code left} (one per bar). */
  public BarContainer barh(List<String> categories, double[] widths, double[] left) {
    Objects.requireNonNull(left, "left");
    return barh(categories, widths, 0.8, left);
  }

  /** Horizontal bars at {@code categories}, {@code height} high, from {@code left} (null for 0). */
  public BarContainer barh(List<String> categories, double[] widths, double height, double[] left) {
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(widths, "widths");
    sameLength("categories", categories.size(), "widths", widths.length);
    Checks.positive("height", height);
    checkBase(widths, "widths", left, "left");
    BarContainer bars = bars(yCategories.positions(categories), widths, height, left, true);
    setYTicks(yCategories.ticks(), yCategories.labels());
    return bars;
  }

  /**
   * Horizontal bars of {@code widths} centred on {@code y}, {@code height} high, starting at
   * {@code left} (one per bar; null for 0), as matplotlib's {@code barh(y, widths, height, left)}.
   */
  public BarContainer barh(double[] y, double[] widths, double height, double[] left) {
    checkXY(y, widths, "widths");
    Checks.positive("height", height);
    checkBase(widths, "widths", left, "left");
    return bars(y, widths, height, left, true);
  }

  /**
   * Areas stacked over {@code x}, as matplotlib's {@code stackplot(x, y1, y2, …)}: layer k fills
   * between the sum of the first k series and the sum of the first k + 1, in the next colours of
   * the cycle; the lowest layer stands on 0 (a sticky edge). Returns one patch per series, bottom
   * first.
   *
   * @throws IllegalArgumentException if there is no series, or one is not as long as {@code x}
   */
  public List<Patch> stackplot(double[] x, double[]... ys) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(ys, "ys");
    if (ys.length == 0) {
      throw new IllegalArgumentException("ys must be at least one series, was none");
    }
    for (int k = 0; k < ys.length; k++) {
      checkXY(x, ys[k], "ys[" + k + "]");
    }
    double[] xs = x.clone();
    double[] below = new double[xs.length];
    List<Patch> layers = new ArrayList<>(ys.length);
    for (int k = 0; k < ys.length; k++) {
      double[] top = new double[xs.length];
      for (int i = 0; i < xs.length; i++) {
        top[i] = below[i] + ys[k][i];
      }
      layers.add(add(between(xs, below, top, nextColor(), k == 0 ? new double[] {0} : new double[0])));
      below = top;
    }
    return List.copyOf(layers);
  }

  /**
   * {@link #stackplot(double[], double[]...) stackplot} with one legend label per series, as
   * matplotlib's {@code stackplot(x, y1, y2, labels=[…])}.
   */
  public List<Patch> stackplot(double[] x, List<String> labels, double[]... ys) {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(ys, "ys");
    if (labels.size() != ys.length) {
      throw new IllegalArgumentException(
          "labels must be one per series (" + ys.length + "), were " + labels.size());
    }
    List<Patch> layers = stackplot(x, ys);
    for (int k = 0; k < layers.size(); k++) {
      layers.get(k).setLabel(labels.get(k));
    }
    return layers;
  }

  /** {@link #step(double[], double[], String) step(x, y, "pre")}, matplotlib's default. */
  public Line step(double[] x, double[] y) {
    return step(x, y, "pre");
  }

  /**
   * A line through (x[i], y[i]) drawn as steps, in the next colour of the cycle, as matplotlib's
   * {@code step(x, y, where=…)}: "pre" (y[i] holds from x[i-1] to x[i]), "post" (from x[i] to
   * x[i+1]) or "mid" (from half-way to the previous point to half-way to the next).
   */
  public Line step(double[] x, double[] y, String where) {
    checkXY(x, y, "y");
    Steps.check(where);
    Line line = new Line(Line.Kind.DATA, x, y, null, nextColor());
    line.steps(where);
    return add(line);
  }

  /**
   * New axes in this one's cell that share its x axis and draw their own y axis on the right, as
   * matplotlib's {@code twinx()}. They are normal axes: plot, bar, legend, limits and labels work on
   * them, each drawn against its own y axis and autoscaled in y to its own data; x is autoscaled
   * to both axes' data, and setting x limits, scale, ticks or label on either sets them for both.
   * They have their own colour cycle and legend, are drawn over these, are listed after them in
   * {@link Figure#axes()}, and become the figure's current axes.
   */
  public Axes twinx() {
    figure.checkOpen();
    Axes shared = host != null ? host : this; // a twin of a twin shares the same x
    Axes twin = figure.addSubplot(rows, cols, index + 1);
    twin.host = shared;
    Twins.style(twin.plot);
    shared.plot.addAnnotation(new TwinXBounds(twin.plot), false);
    figure.changed();
    return twin;
  }

  /**
   * {@code text} at ({@code textX}, {@code textY}) with an arrow to the point ({@code x}, {@code y}),
   * all in data coordinates, as matplotlib's {@code annotate(text, xy=(x, y), xytext=(textX,
   * textY), arrowprops=dict(arrowstyle="->"))}; see {@link Annotation}. Like matplotlib's, it is
   * not drawn while the point is outside the axes, and does not change the limits.
   */
  public Annotation annotate(String text, double x, double y, double textX, double textY) {
    Objects.requireNonNull(text, "text");
    return add(new Annotation(text, x, y, textX, textY));
  }

  /** The area between {@code lo} and {@code hi} over {@code x}, sticky in y at {@code stickyY}. */
  private static Patch between(double[] x, double[] lo, double[] hi, Color color, double[] stickyY) {
    return Patch.region(x, lo, hi, color, stickyY);
  }

  /** Checks that {@code base} (bottom or left; null for 0) has one value per bar. */
  private static void checkBase(double[] lengths, String lengthsName, double[] base, String baseName) {
    if (base != null) {
      sameLength(lengthsName, lengths.length, baseName, base.length);
    }
  }

  private static void sameLength(String aName, int a, String bName, int b) {
    if (a != b) {
      throw new IllegalArgumentException(
          aName + " and " + bName + " must have the same length, were " + a + " and " + b);
    }
  }

  // ---- images, contours, pies ----

  /**
   * Shows {@code z} (rows × columns) as a colour-mapped image, as matplotlib's {@code imshow}; see
   * {@link ImageOptions} for extent, origin, aspect, interpolation and colormap. An "equal" aspect
   * goes through {@link #setAspect(String)}, so it holds in this axes' layout.
   */
  public ImagePlot imshow(double[][] z, ImageOptions options) {
    Objects.requireNonNull(options, "options");
    figure.checkOpen();
    ImagePlot image = ImagePlot.imshow(plot, z, options);
    if (options.aspect().equals("equal")) {
      setAspect("equal");
    }
    figure.changed();
    return image;
  }

  /** {@link #imshow(double[][], ImageOptions)} with the default options. */
  public ImagePlot imshow(double[][] z) {
    return imshow(z, ImageOptions.defaults());
  }

  /**
   * Contour lines of {@code z[j][i]} at ({@code x[i]}, {@code y[j]}), as matplotlib's
   * {@code contour}; see {@link ContourSet} for the levels, lines and colours.
   *
   * @throws IllegalArgumentException if {@code z} is not {@code y.length} rows of {@code x.length}
   *     values, or is smaller than 2 x 2
   */
  public ContourSet contour(double[] x, double[] y, double[][] z, ContourOptions options) {
    figure.checkOpen();
    return changed(ContourSet.create(plot, x, y, z, options, false));
  }

  /** Contour lines of {@code z} over its grid indices, as matplotlib's {@code contour(Z)}. */
  public ContourSet contour(double[][] z, ContourOptions options) {
    figure.checkOpen();
    return changed(ContourSet.create(plot, z, options, false));
  }

  /**
   * Filled bands between contour levels, as matplotlib's {@code contourf}.
   *
   * @throws IllegalArgumentException as {@link #contour(double[], double[], double[][],
   *     ContourOptions) contour}, and if fewer than 2 levels are given
   */
  public ContourSet contourf(double[] x, double[] y, double[][] z, ContourOptions options) {
    figure.checkOpen();
    return changed(ContourSet.create(plot, x, y, z, options, true));
  }

  /** Filled bands of {@code z} over its grid indices, as matplotlib's {@code contourf(Z)}. */
  public ContourSet contourf(double[][] z, ContourOptions options) {
    figure.checkOpen();
    return changed(ContourSet.create(plot, z, options, true));
  }

  /**
   * A pie of {@code values} with {@code labels} (one per value, or an empty list for none), round
   * (equal aspect), as matplotlib's {@code pie}; see {@link PieWedges}.
   *
   * @throws IllegalArgumentException if a value is negative or not finite, all are 0, or the labels
   *     do not match the values
   */
  public PieWedges pie(double[] values, List<String> labels, PieOptions options) {
    figure.checkOpen();
    PieWedges wedges = PieWedges.pie(plot, values, labels, options);
    setAspect("equal");
    return wedges;
  }

  /**
   * A colorbar for {@code image} on the right of these axes, as matplotlib's
   * {@code Figure.colorbar}: a strip 14 pt wide, as high as the axes, running through the image's
   * colormap from its norm's {@code vmin} at the bottom to {@code vmax} at the top, with a numeric
   * axis in the font and colour of the y axis's tick labels. The axes make room for it.
   */
  public Axes colorbar(ImagePlot image) {
    figure.checkOpen();
    Colorbar.colorbar(chart, image);
    figure.changed();
    return this;
  }

  /**
   * A colorbar for {@code contours} on the right of these axes, as {@link #colorbar(ImagePlot)}:
   * for filled contours one block per band, bounded by the levels; for contour lines, the colormap
   * over the levels' range.
   */
  public Axes colorbar(ContourSet contours) {
    figure.checkOpen();
    Colorbar.colorbar(chart, contours);
    figure.changed();
    return this;
  }

  // ---- drawing ----

  /** The axes box in points (y down) on a figure of {@code width} × {@code height} points. */
  Rectangle2D box(double width, double height) {
    if (host != null) {
      return host.box(width, height); // a twin fills its host's box
    }
    Rectangle2D cell = Layout.cell(width, height, rows, cols, index);
    if (Double.isNaN(aspect)) {
      return cell;
    }
    // matplotlib's adjustable="box", anchor "C": shrink the box so one x unit is aspect y units
    double dx = plot.getDomainAxis().getRange().getLength();
    double dy = plot.getRangeAxis().getRange().getLength();
    double want = aspect * dy / dx; // height / width of the box
    double w = cell.getWidth();
    double h = cell.getHeight();
    if (want > h / w) {
      w = h / want;
    } else {
      h = w * want;
    }
    return new Rectangle2D.Double(cell.getCenterX() - w / 2, cell.getCenterY() - h / 2, w, h);
  }

  /** Sets the limits from the data, as drawing would; called before each drawing. */
  void autoscale() {
    if (host != null) {
      host.autoscale();
      Twins.followX(plot, host.plot);
    }
    plot.configureDomainAxes();
    plot.configureRangeAxes();
  }

  /**
   * Draws on {@code g} (user space in points) on a figure of {@code width} × {@code height}; with
   * {@code info}, records the entities of what was drawn (in points) there.
   */
  void draw(Graphics2D g, double width, double height, ChartRenderingInfo info) {
    autoscale();
    Rectangle2D box = box(width, height);
    AxisSpace xSpace = new AxisSpace();
    xSpace.setBottom(height - box.getMaxY());
    AxisSpace ySpace = new AxisSpace();
    if (host == null) {
      plot.setInsets(new RectangleInsets(box.getMinY(), 0, 0, width - box.getMaxX()), false);
      ySpace.setLeft(box.getMinX());
    } else { // a twin's y axis is on the right
      plot.setInsets(new RectangleInsets(box.getMinY(), box.getMinX(), 0, 0), false);
      ySpace.setRight(width - box.getMaxX());
    }
    plot.setFixedDomainAxisSpace(xSpace, false);
    plot.setFixedRangeAxisSpace(ySpace, false);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
    View view = new View(plot, box, plot.getDomainAxis(), plot.getRangeAxis());
    for (Artist a : artists()) {
      if (!a.clipped()) {
        a.draw(g, view); // texts, over everything else as matplotlib's zorder 3
        if (info != null && a.hasLink()) {
          a.hotspots(view).forEach(h -> info.getEntityCollection().add(ArtistAnnotation.entity(h, a)));
        }
      }
    }
    if (!title.isEmpty()) {
      TextLayout layout = Text.prepare(g, title, Theme.TITLE_SIZE, Color.BLACK);
      g.drawString(title, (float) (box.getCenterX() - layout.getAdvance() / 2),
          (float) (box.getMinY() - Theme.TITLE_PAD));
    }
    if (legend != null) {
      legend.draw(g, box, at -> overlap(at, width, height));
    }
  }

  /** How much of this axes' data a legend at {@code at} would hide (for loc "best"). */
  int overlap(Rectangle2D at, double width, double height) {
    Rectangle2D box = box(width, height);
    if (!box.intersects(at)) {
      return 0;
    }
    View view = new View(plot, box, plot.getDomainAxis(), plot.getRangeAxis());
    int bad = 0;
    for (Artist a : artists()) {
      bad += a.overlap(view, at);
    }
    return bad;
  }

  // ---- helpers ----

  private <A extends Artist> A add(A artist) {
    figure.checkOpen();
    plot.addAnnotation(new ArtistAnnotation(artist));
    figure.setCurrent(this);
    return artist;
  }

  /** The artists on the plot, in the order drawn. */
  private List<Artist> artists() {
    List<Artist> artists = new ArrayList<>();
    for (Object a : plot.getAnnotations()) {
      if (a instanceof ArtistAnnotation aa) {
        artists.add(aa.artist());
      }
    }
    return artists;
  }

  /** Tells the figure that {@code drawn} changed its drawing, and returns it. */
  private <T> T changed(T drawn) {
    figure.changed();
    return drawn;
  }

  private Color nextColor() {
    return Colors.cycle(nextColor++);
  }

  private static void checkXY(double[] x, double[] y, String yName) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, yName);
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and " + yName + " must have the same length, were " + x.length + " and " + y.length);
    }
  }
}
