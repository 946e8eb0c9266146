package dev.chartserve.figure.internal.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import dev.chartserve.figure.Colormap;
import dev.chartserve.figure.Normalize;
import dev.chartserve.figure.internal.Canvases;
import dev.chartserve.figure.internal.DeadlineGraphics2D;
import dev.chartserve.figure.internal.IdentityAnnotation;

/**
 * Draws a grid of values as a colour-mapped image over a rectangle in data coordinates. The grid is
 * resampled at draw time to the device pixels it covers (the {@code Graphics2D} transform is taken
 * into account), then normalised and colour-mapped, as matplotlib does with
 * {@code interpolation_stage="data"}. Resampled values are clipped to the range of the data, so a
 * kernel with negative lobes cannot ring past the colormap's ends.
 */
public final class ImageAnnotation extends IdentityAnnotation {
  private static final long serialVersionUID = 1L;
  /** Larger images are drawn at a coarser resolution and scaled, to bound the memory of one draw. */
  private static final long MAX_PIXELS = 16L * 1024 * 1024;

  private final double[][] z; // row 0 is at the extent's `row0Y` edge
  private final double left;
  private final double right;
  private final double row0Y;
  private final double rowNY;
  private final Kernel kernel;
  private final Colormap cmap;
  private final Normalize norm;
  private final double zmin;
  private final double zmax;
  private final boolean hasNaN;

  /**
   * @param z the values, rows × cols, not copied (the caller hands over a private copy)
   * @param row0Y the y data value at the outer edge of row 0; {@code rowNY} the other edge
   */
  public ImageAnnotation(double[][] z, double left, double right, double row0Y, double rowNY,
      Kernel kernel, Colormap cmap, Normalize norm) {
    this.z = z;
    this.left = left;
    this.right = right;
    this.row0Y = row0Y;
    this.rowNY = rowNY;
    this.kernel = kernel;
    this.cmap = cmap;
    this.norm = norm;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    boolean nan = false;
    for (double[] row : z) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        } else {
          nan = true;
        }
      }
    }
    this.zmin = min;
    this.zmax = max;
    this.hasNaN = nan;
  }

  /**
   * The resampled values. Missing values (NaN, infinities) are left out of each weighted sum rather
   * than spreading over the kernel's reach: the grid and a mask of its valid cells are resampled
   * alike, and a sample is valid where the mask's weight is at least half.
   */
  private double[] resampleWithMissing(int outW, double u0, double du, int outH, double v0, double dv) {
    double[][] filled = new double[z.length][];
    double[][] mask = new double[z.length][];
    for (int r = 0; r < z.length; r++) {
      filled[r] = new double[z[r].length];
      mask[r] = new double[z[r].length];
      for (int c = 0; c < z[r].length; c++) {
        boolean ok = Double.isFinite(z[r][c]);
        filled[r][c] = ok ? z[r][c] : 0;
        mask[r][c] = ok ? 1 : 0;
      }
    }
    double[] sum = Resampler.resample(filled, kernel, outW, u0, du, outH, v0, dv);
    double[] weight = Resampler.resample(mask, kernel, outW, u0, du, outH, v0, dv);
    for (int k = 0; k < sum.length; k++) {
      sum[k] = weight[k] >= 0.5 ? sum[k] / weight[k] : Double.NaN;
    }
    return sum;
  }

  @Override
  public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
      ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
    PlotOrientation orientation = plot.getOrientation();
    RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), orientation);
    RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), orientation);
    if (orientation != PlotOrientation.VERTICAL) {
      return; // images are drawn on plots with x across and y up, as Axes makes them
    }
    double xl = domainAxis.valueToJava2D(left, dataArea, xEdge);
    double xr = domainAxis.valueToJava2D(right, dataArea, xEdge);
    double y0 = rangeAxis.valueToJava2D(row0Y, dataArea, yEdge);
    double yn = rangeAxis.valueToJava2D(rowNY, dataArea, yEdge);
    Rectangle2D image = new Rectangle2D.Double(Math.min(xl, xr), Math.min(y0, yn),
        Math.abs(xr - xl), Math.abs(yn - y0));
    Rectangle2D visible = image.createIntersection(dataArea);
    Shape clip = g2.getClip();
    if (clip != null) {
      visible = visible.createIntersection(clip.getBounds2D());
    }
    if (visible.isEmpty()) {
      return;
    }
    // Pixel space: the device when the transform only scales and moves, else user space scaled.
    AffineTransform device = g2.getTransform();
    AffineTransform toPixels;
    if (device.getShearX() == 0 && device.getShearY() == 0) {
      toPixels = new AffineTransform(device);
    } else {
      double s = Math.sqrt(Math.abs(device.getDeterminant()));
      toPixels = AffineTransform.getScaleInstance(s, s);
    }
    double sx = toPixels.getScaleX();
    double sy = toPixels.getScaleY();
    double tx = toPixels.getTranslateX();
    double ty = toPixels.getTranslateY();
    double pxA = visible.getMinX() * sx + tx;
    double pxB = visible.getMaxX() * sx + tx;
    double pyA = visible.getMinY() * sy + ty;
    double pyB = visible.getMaxY() * sy + ty;
    // the device pixels whose centres fall inside the visible part
    int px0 = (int) Math.ceil(Math.min(pxA, pxB) - 0.5);
    int px1 = (int) Math.floor(Math.max(pxA, pxB) - 0.5);
    int py0 = (int) Math.ceil(Math.min(pyA, pyB) - 0.5);
    int py1 = (int) Math.floor(Math.max(pyA, pyB) - 0.5);
    int w = px1 - px0 + 1;
    int h = py1 - py0 + 1;
    if (w <= 0 || h <= 0) {
      return;
    }
    int step = 1;
    while ((long) (w / step) * (h / step) > MAX_PIXELS) {
      step *= 2;
    }
    int outW = Math.max(1, w / step);
    int outH = Math.max(1, h / step);
    double cellW = (double) w / outW; // device pixels per output pixel
    double cellH = (double) h / outH;
    // source column coordinate of a device x: user x = (px - tx) / sx, then along the image
    int cols = z[0].length;
    int rows = z.length;
    double colsPerUser = cols / (xr - xl);
    double rowsPerUser = rows / (yn - y0);
    double u0 = ((px0 - tx) / sx - xl) * colsPerUser;
    double du = cellW / sx * colsPerUser;
    double v0 = ((py0 - ty) / sy - y0) * rowsPerUser;
    double dv = cellH / sy * rowsPerUser;
    BufferedImage img = Canvases.blank(outW, outH, BufferedImage.TYPE_INT_ARGB);
    int[] argb = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    Resampler.RowConsumer colour = (j, values) -> {
      int base = j * outW;
      for (int i = 0; i < outW; i++) {
        double v = values[i];
        if (!Double.isNaN(v)) {
          v = v < zmin ? zmin : v > zmax ? zmax : v;
        }
        argb[base + i] = cmap.argbAt(norm.apply(v));
      }
    };
    if (hasNaN) {
      double[] values = resampleWithMissing(outW, u0, du, outH, v0, dv);
      double[] row = new double[outW];
      for (int j = 0; j < outH; j++) {
        System.arraycopy(values, j * outW, row, 0, outW);
        colour.accept(j, row);
      }
    } else {
      Resampler.resample(z, kernel, outW, u0, du, outH, v0, dv, colour);
    }
    AffineTransform place;
    try {
      place = toPixels.createInverse();
    } catch (NoninvertibleTransformException e) {
      return; // a degenerate transform draws nothing anyway
    }
    place.translate(px0, py0);
    place.scale(cellW, cellH);
    Object savedHint = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
    g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
        RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    try {
      g2.drawImage(img, place, null);
      if (copiesAtOnce(g2)) {
        Canvases.recycle(img);
      }
    } finally {
      if (savedHint != null) {
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, savedHint);
      }
    }
  }

  /**
   * Whether {@code g} is Java2D's own graphics of an image, which has copied the pixels when
   * {@code drawImage} returns; a vector backend might keep the image until it writes its document, so
   * its pixel array is only handed back for reuse after the former.
   */
  private static boolean copiesAtOnce(Graphics2D g) {
    Graphics2D target = g instanceof DeadlineGraphics2D d ? d.wrapped() : g;
    return target.getClass().getName().equals("sun.java2d.SunGraphics2D");
  }
}
