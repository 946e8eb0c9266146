package dev.chartserve.figure.internal.contour;

import java.awt.geom.Path2D;

/**
 * The region of a gridded field between two values, as a shape in data coordinates: the union of one
 * polygon per cell, each the cell's quadrilateral clipped where the field (linear along every edge)
 * leaves {@code lo..hi}; runs of cells wholly inside a row are merged into one quadrilateral, so the
 * shape grows with the boundaries rather than with the grid. The polygons keep the orientation of the cells, so the non-zero winding
 * rule fills their union without seams.
 */
public final class FilledRegions {
  private FilledRegions() {
  }

  /** The part of the field with {@code lo <= z <= hi}; the field is {@code z[j][i]} at (x[i], y[j]). */
  public static Path2D region(double[] x, double[] y, double[][] z, double lo, double hi) {
    Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    double[] px = new double[12];
    double[] py = new double[12];
    double[] pz = new double[12];
    double[] qx = new double[12];
    double[] qy = new double[12];
    double[] qz = new double[12];
    for (int j = 0; j + 1 < y.length; j++) {
      int run = -1; // first cell of a run of cells wholly inside, merged into one quadrilateral
      for (int i = 0; i + 1 < x.length; i++) {
        double z00 = z[j][i];
        double z10 = z[j][i + 1];
        double z11 = z[j + 1][i + 1];
        double z01 = z[j + 1][i];
        double min = Math.min(Math.min(z00, z10), Math.min(z11, z01));
        double max = Math.max(Math.max(z00, z10), Math.max(z11, z01));
        if (min >= lo && max <= hi) { // NaN fails both tests
          if (run < 0) {
            run = i;
          }
          continue;
        }
        if (run >= 0) {
          quad(path, x[run], x[i], y[j], y[j + 1]);
          run = -1;
        }
        if (Double.isNaN(z00) || Double.isNaN(z10) || Double.isNaN(z11) || Double.isNaN(z01)) {
          continue;
        }
        if (max < lo || min > hi) {
          continue;
        }
        px[0] = x[i];
        py[0] = y[j];
        pz[0] = z00;
        px[1] = x[i + 1];
        py[1] = y[j];
        pz[1] = z10;
        px[2] = x[i + 1];
        py[2] = y[j + 1];
        pz[2] = z11;
        px[3] = x[i];
        py[3] = y[j + 1];
        pz[3] = z01;
        int n = 4;
        if (min < lo) {
          n = clip(px, py, pz, n, lo, true, qx, qy, qz);
          System.arraycopy(qx, 0, px, 0, n);
          System.arraycopy(qy, 0, py, 0, n);
          System.arraycopy(qz, 0, pz, 0, n);
        }
        if (max > hi && n >= 3) {
          n = clip(px, py, pz, n, hi, false, qx, qy, qz);
          System.arraycopy(qx, 0, px, 0, n);
          System.arraycopy(qy, 0, py, 0, n);
          System.arraycopy(qz, 0, pz, 0, n);
        }
        if (n >= 3) {
          path.moveTo(px[0], py[0]);
          for (int k = 1; k < n; k++) {
            path.lineTo(px[k], py[k]);
          }
          path.closePath();
        }
      }
      if (run >= 0) {
        quad(path, x[run], x[x.length - 1], y[j], y[j + 1]);
      }
    }
    return path;
  }

  /** The cells' quadrilateral from x0 to x1 and y0 to y1, in the cells' orientation. */
  private static void quad(Path2D path, double x0, double x1, double y0, double y1) {
    path.moveTo(x0, y0);
    path.lineTo(x1, y0);
    path.lineTo(x1, y1);
    path.lineTo(x0, y1);
    path.closePath();
  }

  /** Sutherland–Hodgman against one threshold: keeps z >= t ({@code keepAbove}) or z <= t. */
  private static int clip(double[] px, double[] py, double[] pz, int n, double t, boolean keepAbove,
      double[] ox, double[] oy, double[] oz) {
    int m = 0;
    for (int k = 0; k < n; k++) {
      int k2 = (k + 1) % n;
      boolean in1 = keepAbove ? pz[k] >= t : pz[k] <= t;
      boolean in2 = keepAbove ? pz[k2] >= t : pz[k2] <= t;
      if (in1) {
        ox[m] = px[k];
        oy[m] = py[k];
        oz[m] = pz[k];
        m++;
      }
      if (in1 != in2) {
        double f = (t - pz[k]) / (pz[k2] - pz[k]);
        ox[m] = px[k] + f * (px[k2] - px[k]);
        oy[m] = py[k] + f * (py[k2] - py[k]);
        oz[m] = t;
        m++;
      }
    }
    return m;
  }
}
