package dev.chartserve.cdi;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.chartserve.figure.Figure;
import dev.chartserve.render.ImageFormat;

/**
 * What a chart request asks for: the chart's name, the output format, and the size parameters every
 * chart accepts. Immutable.
 *
 * <p>{@code width} and {@code height} are in CSS pixels and replace the figure's size after the
 * producer has drawn; {@code scale} multiplies the resolution (2 for HiDPI screens), so
 * {@code width=640&scale=2} gives an image 1280 pixels wide with the layout of a 640-pixel one.
 */
public final class ChartRequest {
  /** The largest {@code width} or {@code height}, in CSS pixels: {@value}. */
  public static final int MAX_SIDE = 4096;
  /** The smallest {@code scale}: {@value}. */
  public static final double MIN_SCALE = 0.25;
  /** The largest {@code scale}: {@value}. */
  public static final double MAX_SCALE = 4;
  /** The parameters every chart takes; a chart cannot declare these. */
  public static final Set<String> SIZE_PARAMETERS = Set.of("width", "height", "scale");

  private final String name;
  private final ImageFormat format;
  private final OptionalInt width;
  private final OptionalInt height;
  private final double scale;
  private final SortedMap<String, Object> values;

  /** A request for {@code name} in {@code format} at the chart's own size. */
  public ChartRequest(String name, ImageFormat format) {
    this(name, format, OptionalInt.empty(), OptionalInt.empty(), 1);
  }

  public ChartRequest(String name, ImageFormat format, OptionalInt width, OptionalInt height, double scale) {
    this(name, format, width, height, scale, Map.of());
  }

  /**
   * @param values the chart's own parameters ({@link ChartProducer#parameters()}), each an Integer,
   *               Double, String or Boolean, defaults filled in
   */
  public ChartRequest(String name, ImageFormat format, OptionalInt width, OptionalInt height, double scale,
      Map<String, Object> values) {
    this.name = Objects.requireNonNull(name, "name");
    this.format = Objects.requireNonNull(format, "format");
    this.width = Objects.requireNonNull(width, "width");
    this.height = Objects.requireNonNull(height, "height");
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be > 0, was " + scale);
    }
    this.scale = scale;
    this.values = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(values, "values")));
  }

  /**
   * The request a chart URL's query asks for, checked as the server checks it: {@code width} and
   * {@code height} whole numbers of pixels from 1 to {@value #MAX_SIDE}, {@code scale} a number from
   * {@value #MIN_SCALE} to {@value #MAX_SCALE}, the chart's own parameters as {@code declared} says
   * (defaults filled in), each given at most once, and no other.
   *
   * @param query the query's decoded values by name, in the order given
   * @throws InvalidParameterException naming the parameter that is unknown, repeated, malformed or
   *     out of range, and what it allows
   */
  public static ChartRequest parse(String name, ImageFormat format, Map<String, List<String>> query,
      List<ChartParameter> declared) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(declared, "declared");
    return QueryParser.parse(name, format, query, declared);
  }

  /** The chart's own parameters, by name: declared ones only, with defaults filled in. */
  public SortedMap<String, Object> parameters() {
    return values;
  }

  /** The value of a declared {@link ChartParameter#integer integer} parameter. */
  public int getInt(String name) {
    return value(name, Integer.class);
  }

  /** The value of a declared {@link ChartParameter#decimal decimal} parameter. */
  public double getDouble(String name) {
    return value(name, Double.class);
  }

  /**
   * The value of a declared {@link ChartParameter#choice choice}, {@link ChartParameter#text text},
   * {@link ChartParameter#zone zone} or {@link ChartParameter#locale locale} parameter.
   */
  public String getString(String name) {
    return value(name, String.class);
  }

  /** The value of a declared {@link ChartParameter#flag flag} parameter. */
  public boolean getBoolean(String name) {
    return value(name, Boolean.class);
  }

  private <T> T value(String name, Class<T> type) {
    Object value = values.get(Objects.requireNonNull(name, "name"));
    if (value == null) {
      throw new IllegalArgumentException("chart " + this.name + " declares no parameter \"" + name
          + "\"; it has: " + values.keySet());
    }
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(name + " is a " + value.getClass().getSimpleName() + ", not a "
          + type.getSimpleName());
    }
    return type.cast(value);
  }

  /** The chart's registered name. */
  public String name() {
    return name;
  }

  /** The format the figure will be encoded in. */
  public ImageFormat format() {
    return format;
  }

  /** The width asked for in CSS pixels, if any. */
  public OptionalInt width() {
    return width;
  }

  /** The height asked for in CSS pixels, if any. */
  public OptionalInt height() {
    return height;
  }

  /** The resolution factor: 1 by default, 2 for a HiDPI image. */
  public double scale() {
    return scale;
  }

  /**
   * Gives {@code figure} the size and resolution this request asks for: {@code width} and
   * {@code height} replace its size (in pixels at its own dpi), {@code scale} multiplies its dpi.
   * Called after the producer drew, so the request wins over the producer's own size.
   */
  public void applySize(Figure figure) {
    double dpi = figure.dpi();
    double widthInches = width.isPresent() ? width.getAsInt() / dpi : figure.widthInches();
    double heightInches = height.isPresent() ? height.getAsInt() / dpi : figure.heightInches();
    figure.setSizeInches(widthInches, heightInches);
    figure.setDpi(dpi * scale);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(name).append('.').append(format.extension());
    width.ifPresent(w -> s.append(" width=").append(w));
    height.ifPresent(h -> s.append(" height=").append(h));
    if (scale != 1) {
      s.append(" scale=").append(scale);
    }
    values.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
    return s.toString();
  }
}
