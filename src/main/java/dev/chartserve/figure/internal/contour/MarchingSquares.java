package dev.chartserve.figure.internal.contour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Traces the lines where a gridded field crosses a level, joined into polylines.
 *
 * <p>The field is {@code z[j][i]} at {@code (x[i], y[j])}. A corner is "above" when its value is
 * greater than the level; each cell edge between an above and a below corner is crossed once, at the
 * point found by linear interpolation. A saddle cell (diagonal corners above, the others below) is
 * resolved by the mean of its four corners, as matplotlib does: if the mean is above, the above
 * corners are joined through the cell, otherwise they are cut off. Cells with a NaN corner are
 * skipped, so lines end at missing data.
 *
 * <p>A closed polyline repeats its first point at its end.
 */
public final class MarchingSquares {
  private final double[] x;
  private final double[] y;
  private final double[][] z;
  private final int nx;
  private final int ny;

  public MarchingSquares(double[] x, double[] y, double[][] z) {
    this.x = x;
    this.y = y;
    this.z = z;
    this.nx = x.length;
    this.ny = y.length;
  }

  /** The polylines at {@code level}, each as x0, y0, x1, y1, … in data coordinates. */
  public List<double[]> trace(double level) {
    EdgeLinks links = new EdgeLinks();
    for (int j = 0; j + 1 < ny; j++) {
      for (int i = 0; i + 1 < nx; i++) {
        cell(i, j, level, links);
      }
    }
    return join(level, links);
  }

  // Edge ids: 2 * (j * nx + i) is the edge from (i, j) to (i + 1, j); + 1 the one to (i, j + 1).
  private int bottom(int i, int j) {
    return 2 * (j * nx + i);
  }

  private int left(int i, int j) {
    return 2 * (j * nx + i) + 1;
  }

  private void cell(int i, int j, double level, EdgeLinks links) {
    double z00 = z[j][i];
    double z10 = z[j][i + 1];
    double z11 = z[j + 1][i + 1];
    double z01 = z[j + 1][i];
    if (Double.isNaN(z00) || Double.isNaN(z10) || Double.isNaN(z11) || Double.isNaN(z01)) {
      return;
    }
    int mask = (z00 > level ? 1 : 0) | (z10 > level ? 2 : 0) | (z11 > level ? 4 : 0)
        | (z01 > level ? 8 : 0);
    if (mask == 0 || mask == 15) {
      return;
    }
    int b = bottom(i, j);
    int r = left(i + 1, j);
    int t = bottom(i, j + 1);
    int l = left(i, j);
    switch (mask) {
      case 1, 14 -> links.link(l, b);   // corner 00 alone
      case 2, 13 -> links.link(b, r);   // corner 10 alone
      case 4, 11 -> links.link(r, t);   // corner 11 alone
      case 8, 7 -> links.link(t, l);    // corner 01 alone
      case 3, 12 -> links.link(l, r);   // bottom pair vs top pair
      case 6, 9 -> links.link(b, t);    // right pair vs left pair
      case 5, 10 -> {                   // saddle
        boolean centreAbove = (z00 + z10 + z11 + z01) / 4 > level;
        boolean cutOff00And11 = (mask == 5) != centreAbove; // 5: corners 00 and 11 are above
        if (cutOff00And11) {
          links.link(l, b);
          links.link(r, t);
        } else {
          links.link(b, r);
          links.link(t, l);
        }
      }
      default -> throw new AssertionError(mask);
    }
  }

  private List<double[]> join(double level, EdgeLinks links) {
    List<double[]> lines = new ArrayList<>();
    for (int k = 0; k < links.size(); k++) { // open lines start at an end
      int e = links.edgeAt(k);
      if (!links.visited(e) && links.second(e) < 0) {
        lines.add(walk(e, level, links, false));
      }
    }
    for (int k = 0; k < links.size(); k++) { // what is left are loops
      int e = links.edgeAt(k);
      if (!links.visited(e)) {
        lines.add(walk(e, level, links, true));
      }
    }
    return lines;
  }

  private double[] walk(int start, double level, EdgeLinks links, boolean closed) {
    double[] pts = new double[16];
    int n = 0;
    int prev = -1;
    int e = start;
    while (e >= 0 && links.visit(e)) {
      if (n + 2 > pts.length) {
        pts = Arrays.copyOf(pts, pts.length * 2);
      }
      crossing(e, level, pts, n);
      n += 2;
      int first = links.first(e);
      int second = links.second(e);
      int next = first != prev || first == second ? first : second;
      prev = e;
      e = next;
    }
    if (closed) {
      pts = Arrays.copyOf(pts, n + 2);
      pts[n] = pts[0];
      pts[n + 1] = pts[1];
      return pts;
    }
    return Arrays.copyOf(pts, n);
  }

  /** Writes the point where edge {@code e} crosses {@code level} into {@code out[at], out[at+1]}. */
  private void crossing(int e, double level, double[] out, int at) {
    int node = e >> 1;
    int i = node % nx;
    int j = node / nx;
    boolean horizontal = (e & 1) == 0;
    int i2 = horizontal ? i + 1 : i;
    int j2 = horizontal ? j : j + 1;
    double za = z[j][i];
    double zb = z[j2][i2];
    double t = (level - za) / (zb - za);
    out[at] = x[i] + t * (x[i2] - x[i]);
    out[at + 1] = y[j] + t * (y[j2] - y[j]);
  }
}
