package dev.chartserve.figure.internal.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import dev.chartserve.figure.internal.IdentityAnnotation;

/** Draws pie wedges of radius 1 around (0, 0) in data coordinates, with their labels. */
public final class PieAnnotation extends IdentityAnnotation {
  private static final long serialVersionUID = 1L;
  private static final double LABEL_DISTANCE = 1.1;
  private static final double PCT_DISTANCE = 0.6;

  private final double[] starts;
  private final double[] extents;
  private final Color[] colors;
  private final String[] labels; // null entries: none
  private final String[] pcts;

  public PieAnnotation(double[] starts, double[] extents, Color[] colors, String[] labels,
      String[] pcts) {
    this.starts = starts;
    this.extents = extents;
    this.colors = colors;
    this.labels = labels;
    this.pcts = pcts;
  }

  @Override
  public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
      ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
    RectangleEdge xEdge = xEdge(plot);
    RectangleEdge yEdge = yEdge(plot);
    double cx = domainAxis.valueToJava2D(0, dataArea, xEdge);
    double cy = rangeAxis.valueToJava2D(0, dataArea, yEdge);
    double rx = Math.abs(domainAxis.valueToJava2D(1, dataArea, xEdge) - cx);
    double ry = Math.abs(rangeAxis.valueToJava2D(1, dataArea, yEdge) - cy);
    for (int i = 0; i < starts.length; i++) {
      if (extents[i] == 0) {
        continue;
      }
      g2.setPaint(colors[i]);
      g2.fill(new Arc2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry, starts[i], extents[i], Arc2D.PIE));
    }
    Font font = domainAxis.getTickLabelFont();
    g2.setFont(font);
    g2.setPaint(Color.BLACK);
    for (int i = 0; i < starts.length; i++) {
      double mid = Math.toRadians(starts[i] + extents[i] / 2);
      double cos = Math.cos(mid);
      double sin = Math.sin(mid);
      if (labels[i] != null) {
        float x = (float) (cx + LABEL_DISTANCE * rx * cos);
        float y = (float) (cy - LABEL_DISTANCE * ry * sin);
        TextUtils.drawAlignedString(labels[i], g2, x, y,
            cos > 0 ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
      }
      if (pcts[i] != null) {
        float x = (float) (cx + PCT_DISTANCE * rx * cos);
        float y = (float) (cy - PCT_DISTANCE * ry * sin);
        TextUtils.drawAlignedString(pcts[i], g2, x, y, TextAnchor.CENTER);
      }
    }
  }
}
