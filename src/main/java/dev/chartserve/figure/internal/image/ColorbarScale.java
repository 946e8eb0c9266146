package dev.chartserve.figure.internal.image;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

import org.jfree.chart.renderer.PaintScale;

import dev.chartserve.figure.Colormap;
import dev.chartserve.figure.Normalize;

/**
 * The colours of a colorbar: a colormap through a norm (continuous), or one colour per band between
 * boundaries (filled contours).
 */
public final class ColorbarScale implements PaintScale, Serializable {
  private static final long serialVersionUID = 1L;

  private final transient Colormap cmap;   // continuous, or null
  private final Normalize norm;
  private final double[] boundaries;       // bands, or null
  private final Color[] bandColors;

  private ColorbarScale(Colormap cmap, Normalize norm, double[] boundaries, Color[] bandColors) {
    this.cmap = cmap;
    this.norm = norm;
    this.boundaries = boundaries;
    this.bandColors = bandColors;
  }

  /** {@code cmap} from {@code norm.vmin()} to {@code norm.vmax()}. */
  public static ColorbarScale continuous(Colormap cmap, Normalize norm) {
    return new ColorbarScale(cmap, norm, null, null);
  }

  /** Band {@code k} from {@code boundaries[k]} to {@code boundaries[k + 1]} in {@code colors[k]}. */
  public static ColorbarScale bands(double[] boundaries, Color[] colors) {
    return new ColorbarScale(null, null, boundaries.clone(), colors.clone());
  }

  @Override
  public double getLowerBound() {
    return boundaries != null ? boundaries[0] : norm.vmin();
  }

  @Override
  public double getUpperBound() {
    return boundaries != null ? boundaries[boundaries.length - 1] : norm.vmax();
  }

  @Override
  public Paint getPaint(double value) {
    if (boundaries == null) {
      return cmap.at(norm.apply(value));
    }
    int k = 0;
    while (k < bandColors.length - 1 && value >= boundaries[k + 1]) {
      k++;
    }
    return bandColors[k];
  }
}
