package dev.chartserve.figure.internal.contour;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import dev.chartserve.figure.internal.IdentityAnnotation;

/**
 * Draws contour lines (one stroke and colour per level) or filled regions (one colour per band) given
 * in data coordinates, clipped to the data area.
 */
public final class ContourAnnotation extends IdentityAnnotation {
  private static final long serialVersionUID = 1L;

  private final List<List<double[]>> lines; // per level; null when filled
  private final List<Path2D> regions;       // per band; null when lines
  private final Color[] colors;
  private final transient Stroke[] strokes;

  private ContourAnnotation(List<List<double[]>> lines, List<Path2D> regions, Color[] colors,
      Stroke[] strokes) {
    this.lines = lines;
    this.regions = regions;
    this.colors = colors;
    this.strokes = strokes;
  }

  /** Lines: {@code lines.get(k)} drawn with {@code colors[k]} and {@code strokes[k]}. */
  public static ContourAnnotation lines(List<List<double[]>> lines, Color[] colors,
      Stroke[] strokes) {
    return new ContourAnnotation(lines, null, colors, strokes);
  }

  /** Filled regions: {@code regions.get(k)} filled with {@code colors[k]}, in order. */
  public static ContourAnnotation filled(List<Path2D> regions, Color[] colors) {
    return new ContourAnnotation(null, regions, colors, null);
  }

  @Override
  public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
      ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
    if (plot.getOrientation() != PlotOrientation.VERTICAL) {
      return; // drawn on plots with x across and y up, as Axes makes them
    }
    RectangleEdge xEdge = xEdge(plot);
    RectangleEdge yEdge = yEdge(plot);
    Shape savedClip = g2.getClip();
    Stroke savedStroke = g2.getStroke();
    g2.clip(dataArea);
    try {
      if (regions != null) {
        // numeric axes are linear: one affine map from data to Java2D space
        double x0 = domainAxis.valueToJava2D(0, dataArea, xEdge);
        double x1 = domainAxis.valueToJava2D(1, dataArea, xEdge);
        double y0 = rangeAxis.valueToJava2D(0, dataArea, yEdge);
        double y1 = rangeAxis.valueToJava2D(1, dataArea, yEdge);
        AffineTransform toJava2D = new AffineTransform(x1 - x0, 0, 0, y1 - y0, x0, y0);
        for (int k = 0; k < regions.size(); k++) {
          g2.setPaint(colors[k]);
          g2.fill(regions.get(k).createTransformedShape(toJava2D));
        }
      } else {
        for (int k = 0; k < lines.size(); k++) {
          Path2D.Double path = new Path2D.Double();
          for (double[] pts : lines.get(k)) {
            path.moveTo(domainAxis.valueToJava2D(pts[0], dataArea, xEdge),
                rangeAxis.valueToJava2D(pts[1], dataArea, yEdge));
            int n = pts.length;
            boolean closed = n >= 6 && pts[0] == pts[n - 2] && pts[1] == pts[n - 1];
            int end = closed ? n - 2 : n;
            for (int p = 2; p + 1 < end; p += 2) {
              path.lineTo(domainAxis.valueToJava2D(pts[p], dataArea, xEdge),
                  rangeAxis.valueToJava2D(pts[p + 1], dataArea, yEdge));
            }
            if (closed) {
              path.closePath(); // joins the ends like every other corner
            }
          }
          g2.setPaint(colors[k]);
          g2.setStroke(strokes[k]);
          g2.draw(path);
        }
      }
    } finally {
      g2.setClip(savedClip);
      g2.setStroke(savedStroke);
    }
  }
}
