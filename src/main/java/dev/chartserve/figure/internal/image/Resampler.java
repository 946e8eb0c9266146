package dev.chartserve.figure.internal.image;

import java.util.Arrays;

/**
 * Resamples a grid of values to an output grid with a separable {@link Kernel}. Output pixel
 * {@code i} samples the source at {@code u = u0 + i * du} (source pixel {@code k} has its centre at
 * {@code k + 0.5}); edges repeat the outermost source pixels. When the output is coarser than the
 * source the kernel is widened by the same factor, so that downsampling averages instead of aliasing.
 */
public final class Resampler {
  private Resampler() {
  }

  /** Receives resampled values one output row at a time. */
  @FunctionalInterface
  public interface RowConsumer {
    /**
     * Row {@code j} of the output; {@code values} holds its {@code outW} values and is reused for the
     * next row, so copy what must outlive the call.
     */
    void accept(int j, double[] values);
  }

  /**
   * Resamples {@code z} (rows × cols, row 0 first) to {@code outH × outW} values, row-major.
   * Column {@code i} of the output samples source column coordinate {@code u0 + (i + 0.5) * du},
   * row {@code j} source row coordinate {@code v0 + (j + 0.5) * dv}.
   */
  public static double[] resample(double[][] z, Kernel kernel, int outW, double u0, double du,
      int outH, double v0, double dv) {
    double[] out = new double[outW * outH];
    resample(z, kernel, outW, u0, du, outH, v0, dv,
        (j, values) -> System.arraycopy(values, 0, out, j * outW, outW));
    return out;
  }

  /**
   * As {@link #resample(double[][], Kernel, int, double, double, int, double, double)}, handing each
   * output row to {@code rows} instead of collecting them all: a large image then needs no array of
   * its full size (one of megabytes is allocated outside the thread's buffer, and costs the collector).
   */
  public static void resample(double[][] z, Kernel kernel, int outW, double u0, double du,
      int outH, double v0, double dv, RowConsumer rows) {
    int srcRows = z.length;
    int cols = z[0].length;
    Taps tx = taps(kernel, cols, outW, u0, du);
    Taps ty = taps(kernel, srcRows, outH, v0, dv);
    // The horizontal pass over each source row that the vertical pass needs, computed on first use.
    double[][] horizontal = new double[srcRows][];
    double[] out = new double[outW];
    for (int j = 0; j < outH; j++) {
      Arrays.fill(out, 0);
      for (int t = 0; t < ty.count[j]; t++) {
        int r = ty.index[j][t];
        if (horizontal[r] == null) {
          horizontal[r] = applyRow(z[r], tx, outW);
        }
        double w = ty.weight[j][t];
        double[] row = horizontal[r];
        for (int i = 0; i < outW; i++) {
          out[i] += w * row[i];
        }
      }
      rows.accept(j, out);
    }
  }

  private static double[] applyRow(double[] src, Taps tx, int outW) {
    double[] row = new double[outW];
    for (int i = 0; i < outW; i++) {
      double s = 0;
      for (int t = 0; t < tx.count[i]; t++) {
        s += tx.weight[i][t] * src[tx.index[i][t]];
      }
      row[i] = s;
    }
    return row;
  }

  /** The source indices and normalised weights of each output sample along one axis. */
  private static final class Taps {
    final int[][] index;
    final double[][] weight;
    final int[] count;

    Taps(int n) {
      index = new int[n][];
      weight = new double[n][];
      count = new int[n];
    }
  }

  private static Taps taps(Kernel kernel, int srcN, int outN, double s0, double ds) {
    Taps taps = new Taps(outN);
    double scale = kernel == Kernel.NEAREST ? 1 : Math.max(1, Math.abs(ds)); // >1 when downsampling
    double reach = kernel.radius() * scale;
    for (int i = 0; i < outN; i++) {
      double s = s0 + (i + 0.5) * ds;
      if (kernel == Kernel.NEAREST) {
        taps.index[i] = new int[] {clamp((int) Math.floor(s), srcN)};
        taps.weight[i] = new double[] {1};
        taps.count[i] = 1;
        continue;
      }
      int first = (int) Math.ceil(s - 0.5 - reach);
      int last = (int) Math.floor(s - 0.5 + reach);
      int n = Math.max(0, last - first + 1);
      int[] idx = new int[n];
      double[] w = new double[n];
      double sum = 0;
      int m = 0;
      for (int k = first; k <= last; k++) {
        double weight = kernel.weight(Math.abs(s - (k + 0.5)) / scale);
        if (weight == 0) {
          continue;
        }
        idx[m] = clamp(k, srcN);
        w[m] = weight;
        sum += weight;
        m++;
      }
      if (m == 0 || sum == 0) { // cannot happen for these kernels; keep nearest as a guard
        idx[0] = clamp((int) Math.floor(s), srcN);
        w[0] = 1;
        m = 1;
        sum = 1;
      }
      for (int t = 0; t < m; t++) {
        w[t] /= sum;
      }
      taps.index[i] = idx;
      taps.weight[i] = w;
      taps.count[i] = m;
    }
    return taps;
  }

  private static int clamp(int k, int n) {
    return k < 0 ? 0 : k >= n ? n - 1 : k;
  }
}
