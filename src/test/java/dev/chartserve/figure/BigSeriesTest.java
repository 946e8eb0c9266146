package dev.chartserve.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.render.HeadlessAwt;

/**
 * Big series drawn as the pixels allow (a line's extremes per strip of a pixel column, markers once
 * per pixel, areas outlined the same way) against the same charts with every point drawn, in PNG:
 * 200,000 points on the default figure, 400 per pixel column. Lines: at least 99.9 % of the pixels
 * within {@value PixelComparison#NEAR}/255 of the full drawing and 99 % identical (the rest are
 * antialiased edge pixels a few levels off: where inside its pixel a dense line first crosses a row
 * shifts by a fraction of a pixel, see docs/decisions.md "Big series"). Areas: 99.9 % within, 97 %
 * identical. Markers merged by whole pixels, as the issue asks, and copied from stamps: a line's
 * 3 pt markers 98.5 % within and 98 % identical (a marker dropped in a pixel its twin already took
 * moves its edge by up to a pixel), a scatter of 2 pt dots 99.5 % within and 94 % identical (the
 * stamps' positions are rounded to 1/16 of a pixel, and their blending rounds one level apart).
 */
@ExtendWith(HeadlessAwt.class)
class BigSeriesTest {
  /** 200,000 points; BENCHMARKS.md's comparison at a million: {@code -Dchartserve.bigseries.points=1000000}. */
  static final int N = Integer.getInteger("chartserve.bigseries.points", 200_000);

  @Test
  void aRandomWalkLooksTheSameAsEveryPointDrawn() {
    check(PixelComparison.of("walk", f -> f.addSubplot().plot(walk(N, 1))));
  }

  @Test
  void aSineLooksTheSameAsEveryPointDrawn() {
    check(PixelComparison.of("sine", f -> f.addSubplot().plot(sine(N))));
  }

  @Test
  void spikesKeepTheirFlanks() {
    check(PixelComparison.of("spikes", f -> f.addSubplot().plot(spikes(N))));
  }

  @Test
  void gapsStayGaps() {
    check(PixelComparison.of("gaps", f -> f.addSubplot().plot(gaps(walk(N, 2)))));
  }

  @Test
  void stepsLookTheSameAsEveryPointDrawn() {
    check(PixelComparison.of("steps", f -> f.addSubplot().step(index(N), walk(N, 3))));
  }

  @Test
  void aLogAxisLooksTheSameAsEveryPointDrawn() {
    check(PixelComparison.of("log", f -> {
      Axes ax = f.addSubplot();
      double[] y = walk(N, 4);
      for (int i = 0; i < y.length; i++) {
        y[i] = Math.exp(y[i] / 100);
      }
      Line line = ax.plot(y);
      ax.setYScale("log");
      return line;
    }));
  }

  @Test
  void limitsThatCutTheSeriesLookTheSameAsEveryPointDrawn() {
    check(PixelComparison.of("zoomed", f -> {
      Axes ax = f.addSubplot();
      Line line = ax.plot(walk(N, 5));
      ax.setXLim(N * 0.45, N * 0.55);
      ax.setYLim(-200, 200);
      return line;
    }));
  }

  @Test
  void tenYearsOfHourlyReadingsLookTheSameAsEveryPointDrawn() {
    int hours = 24 * 3650;
    Instant[] t = new Instant[hours];
    Instant start = Instant.parse("2016-01-01T00:00:00Z");
    for (int i = 0; i < hours; i++) {
      t[i] = start.plus(Duration.ofHours(i));
    }
    double[] y = walk(hours, 6);
    check(PixelComparison.of("ten-years", f -> f.addSubplot().plot(t, y)));
  }

  @Test
  void markersOnALineAreDrawnOncePerPixel() {
    check(PixelComparison.of("markers", f -> f.addSubplot().plot(walk(N, 7)).setMarker("o")
        .setMarkerSize(3)), 0.985, 0.98);
  }

  @Test
  void aScatterLooksTheSameAsEveryPointDrawn() {
    SplittableRandom r = new SplittableRandom(8);
    double[] x = new double[N];
    double[] y = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = r.nextGaussian();
      y[i] = r.nextGaussian();
    }
    check(PixelComparison.of("scatter", f -> f.addSubplot().scatter(x, y).setSize(4)), 0.995, 0.94);
  }

  @Test
  void anAreaLooksTheSameAsEveryVertexDrawn() {
    double[] lo = walk(N, 9);
    double[] hi = lo.clone();
    for (int i = 0; i < N; i++) {
      hi[i] += 100;
    }
    check(PixelComparison.of("area", f -> f.addSubplot().fillBetween(index(N), lo, hi)), 0.999, 0.97);
  }

  private static void check(PixelComparison c) {
    check(c, 0.999, 0.99);
  }

  private static void check(PixelComparison c, double near, double identical) {
    System.out.println(c);
    assertTrue(c.nearShare() >= near, c.toString());
    assertTrue(c.identicalShare() >= identical, c.toString());
  }

  static double[] walk(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] y = new double[n];
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += r.nextGaussian();
      y[i] = s;
    }
    return y;
  }

  static double[] sine(int n) {
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = Math.sin(i * 40.0 * Math.PI / n);
    }
    return y;
  }

  /** Noise in [0, 0.1] and, about once per pixel column, a spike of up to 10. */
  static double[] spikes(int n) {
    SplittableRandom r = new SplittableRandom(10);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = r.nextDouble() < 0.002 ? r.nextDouble() * 10 : r.nextDouble() * 0.1;
    }
    return y;
  }

  /** {@code y} with NaN over one stretch in seven. */
  static double[] gaps(double[] y) {
    int stretch = y.length / 50;
    for (int i = 0; i < y.length; i++) {
      if ((i / stretch) % 7 == 3) {
        y[i] = Double.NaN;
      }
    }
    return y;
  }

  static double[] index(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    return x;
  }
}
