package dev.chartserve.cdi;

import java.util.Objects;
import java.util.OptionalInt;

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
  private final String name;
  private final ImageFormat format;
  private final OptionalInt width;
  private final OptionalInt height;
  private final double scale;

  /** A request for {@code name} in {@code format} at the chart's own size. */
  public ChartRequest(String name, ImageFormat format) {
    this(name, format, OptionalInt.empty(), OptionalInt.empty(), 1);
  }

  public ChartRequest(String name, ImageFormat format, OptionalInt width, OptionalInt height, double scale) {
    this.name = Objects.requireNonNull(name, "name");
    this.format = Objects.requireNonNull(format, "format");
    this.width = Objects.requireNonNull(width, "width");
    this.height = Objects.requireNonNull(height, "height");
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be a positive number, was " + scale);
    }
    this.scale = scale;
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
    return s.toString();
  }
}
