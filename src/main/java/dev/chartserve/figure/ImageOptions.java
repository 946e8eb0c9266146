package dev.chartserve.figure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.chartserve.figure.internal.image.Kernel;

/**
 * How {@link Axes#imshow(double[][], ImageOptions)} draws a grid of values: the keyword arguments of matplotlib's
 * {@code imshow}. Each {@code with…} method returns a new instance.
 *
 * <p>Defaults ({@link #defaults()}): no extent (pixel centres at integer coordinates, so the extent is
 * {@code (-0.5, cols - 0.5, rows - 0.5, -0.5)} for origin {@code "upper"}), origin {@code "upper"}
 * (row 0 at the top), aspect {@code "auto"}, interpolation {@code "nearest"} (what matplotlib's
 * default {@code "antialiased"} does when an image is enlarged three times or more), colormap
 * {@code "viridis"}, norm from the data's finite minimum to maximum.
 *
 * <p><b>Immutable and thread-safe.</b>
 */
public final class ImageOptions {
  private static final ImageOptions DEFAULTS =
      new ImageOptions(null, "upper", "auto", "nearest", "viridis", null);

  private final double[] extent; // left, right, bottom, top; null = from the pixel count
  private final String origin;
  private final String aspect;
  private final String interpolation;
  private final String cmap;
  private final Normalize norm; // null = autoscale

  private ImageOptions(double[] extent, String origin, String aspect, String interpolation,
      String cmap, Normalize norm) {
    this.extent = extent;
    this.origin = origin;
    this.aspect = aspect;
    this.interpolation = interpolation;
    this.cmap = cmap;
    this.norm = norm;
  }

  /** The defaults listed in the class comment. */
  public static ImageOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The data rectangle the image covers, as matplotlib's {@code extent=(left, right, bottom, top)}:
   * column 0 starts at {@code left}; row 0 is at {@code top} for origin "upper", at {@code bottom}
   * for "lower". {@code left > right} or {@code bottom > top} turns that axis around.
   */
  public ImageOptions withExtent(double left, double right, double bottom, double top) {
    double[] e = {left, right, bottom, top};
    String[] names = {"left", "right", "bottom", "top"};
    for (int i = 0; i < 4; i++) {
      if (!Double.isFinite(e[i])) {
        throw new IllegalArgumentException("extent " + names[i] + " must be finite, was " + e[i]);
      }
    }
    if (left == right) {
      throw new IllegalArgumentException("extent left and right must differ, were both " + left);
    }
    if (bottom == top) {
      throw new IllegalArgumentException("extent bottom and top must differ, were both " + top);
    }
    return new ImageOptions(e, origin, aspect, interpolation, cmap, norm);
  }

  /** {@code "upper"} puts row 0 at the top of the extent, {@code "lower"} at the bottom. */
  public ImageOptions withOrigin(String origin) {
    return new ImageOptions(extent, oneOf("origin", origin, "upper", "lower"), aspect, interpolation,
        cmap, norm);
  }

  /**
   * {@code "auto"}: the image fills the axes whatever their shape. {@code "equal"}: one data unit is
   * as long in x as in y; {@link Axes#imshow(double[][], ImageOptions)} sets it as
   * {@link Axes#setAspect(String)} does, shrinking the axes box about its centre (matplotlib's
   * {@code adjustable="box"}).
   */
  public ImageOptions withAspect(String aspect) {
    return new ImageOptions(extent, origin, oneOf("aspect", aspect, "auto", "equal"), interpolation,
        cmap, norm);
  }

  /**
   * One of {@code "nearest"} (also {@code "none"}), {@code "bilinear"}, {@code "bicubic"},
   * {@code "spline36"}: Agg's kernels, as matplotlib uses them.
   */
  public ImageOptions withInterpolation(String interpolation) {
    Objects.requireNonNull(interpolation, "interpolation");
    if (Kernel.forName(interpolation) == null) {
      throw new IllegalArgumentException("interpolation must be one of [nearest, none, bilinear, "
          + "bicubic, spline36], was \"" + interpolation + "\"");
    }
    return new ImageOptions(extent, origin, aspect, interpolation.toLowerCase(Locale.ROOT), cmap,
        norm);
  }

  /** The colormap by name, one of {@link Colormap#names()}. */
  public ImageOptions withCmap(String cmap) {
    Colormap.of(cmap); // fails early with the list of names
    return new ImageOptions(extent, origin, aspect, interpolation, cmap, norm);
  }

  /** Maps values to 0..1 for the colormap; without it, from the data's minimum to maximum. */
  public ImageOptions withNorm(Normalize norm) {
    Objects.requireNonNull(norm, "norm");
    return new ImageOptions(extent, origin, aspect, interpolation, cmap, norm);
  }

  /** left, right, bottom, top, if set. */
  public Optional<double[]> extent() {
    return Optional.ofNullable(extent).map(double[]::clone);
  }

  public String origin() {
    return origin;
  }

  public String aspect() {
    return aspect;
  }

  public String interpolation() {
    return interpolation;
  }

  public Colormap cmap() {
    return Colormap.of(cmap);
  }

  /** The norm, if one was set. */
  public Optional<Normalize> norm() {
    return Optional.ofNullable(norm);
  }

  @Override
  public String toString() {
    return "ImageOptions[extent=" + (extent == null ? "pixels" : Arrays.toString(extent))
        + ", origin=" + origin + ", aspect=" + aspect + ", interpolation=" + interpolation
        + ", cmap=" + cmap + ", norm=" + (norm == null ? "auto" : norm) + "]";
  }

  private static String oneOf(String name, String value, String a, String b) {
    Objects.requireNonNull(value, name);
    if (!value.equals(a) && !value.equals(b)) {
      throw new IllegalArgumentException(
          name + " must be \"" + a + "\" or \"" + b + "\", was \"" + value + "\"");
    }
    return value;
  }
}
