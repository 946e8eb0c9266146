package dev.chartserve.cdi;

import java.util.Objects;

import dev.chartserve.render.ImageFormat;

/**
 * What a chart request asks for: the chart's name and the output format. Immutable.
 */
public final class ChartRequest {
  private final String name;
  private final ImageFormat format;

  public ChartRequest(String name, ImageFormat format) {
    this.name = Objects.requireNonNull(name, "name");
    this.format = Objects.requireNonNull(format, "format");
  }

  /** The chart's registered name. */
  public String name() {
    return name;
  }

  /** The format the figure will be encoded in. */
  public ImageFormat format() {
    return format;
  }

  @Override
  public String toString() {
    return name + "." + format.extension();
  }
}
