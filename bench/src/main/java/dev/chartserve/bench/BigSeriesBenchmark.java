package dev.chartserve.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

/**
 * Big series, one thread: a figure of the default size with one line ({@code line}: a random walk),
 * one scatter ({@code scatter}: standard normal x and y, matplotlib's default marker), one
 * histogram ({@code hist}: standard normal values in 100 bins) or one area ({@code fillBetween}: the
 * walk and the walk + 50), drawn and encoded to PNG; and ({@code imshow}, whatever the points) a
 * 4,000 × 4,000 image, matplotlib's {@code imshow} defaults. The data
 * are made once per trial, as a producer's query would hand them over; each operation is the
 * figure's calls and the render. Run with {@code -prof gc} for the bytes allocated per operation
 * (the data are not among them: the axes keep the arrays, they do not copy them).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx4g"})
public class BigSeriesBenchmark {
  @Param({"1000", "10000", "100000", "1000000", "10000000"})
  public int points;

  private double[] walk;
  private double[] walkAbove;
  private double[] index;
  private double[] x;
  private double[] y;
  private double[][] image;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    walk = new double[points];
    walkAbove = new double[points];
    index = new double[points];
    x = new double[points];
    y = new double[points];
    double sum = 0;
    for (int i = 0; i < points; i++) {
      sum += random.nextGaussian();
      walk[i] = sum;
      walkAbove[i] = sum + 50;
      index[i] = i;
      x[i] = random.nextGaussian();
      y[i] = random.nextGaussian();
    }
    image = new double[4000][4000];
    for (int r = 0; r < 4000; r++) {
      for (int c = 0; c < 4000; c++) {
        image[r][c] = Math.sin(r / 100.0) * Math.cos(c / 77.0);
      }
    }
  }

  @Benchmark
  public byte[] line() {
    try (Figure figure = new Figure()) {
      figure.addSubplot().plot(walk);
      return Renderer.render(figure, ImageFormat.PNG);
    }
  }

  @Benchmark
  public byte[] scatter() {
    try (Figure figure = new Figure()) {
      figure.addSubplot().scatter(x, y);
      return Renderer.render(figure, ImageFormat.PNG);
    }
  }

  @Benchmark
  public byte[] fillBetween() {
    try (Figure figure = new Figure()) {
      figure.addSubplot().fillBetween(index, walk, walkAbove);
      return Renderer.render(figure, ImageFormat.PNG);
    }
  }

  /** Independent of {@code points}: run it with {@code -p points=1000}. */
  @Benchmark
  public byte[] imshow() {
    try (Figure figure = new Figure()) {
      figure.addSubplot().imshow(image);
      return Renderer.render(figure, ImageFormat.PNG);
    }
  }

  @Benchmark
  public byte[] hist() {
    try (Figure figure = new Figure()) {
      Axes ax = figure.addSubplot();
      ax.hist(x, 100);
      return Renderer.render(figure, ImageFormat.PNG);
    }
  }
}
