package dev.chartserve.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.internal.Raster;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;
import dev.chartserve.render.internal.PngEncoder;

/**
 * A cross-check of {@link SeedChartBenchmark}'s PNG split on a machine shared with other work: the same
 * three operations (draw only, encode only, draw + encode), measured in this thread's CPU time rather
 * than wall time, and interleaved round by round, so that other processes' load falls on all three
 * alike. Prints the median of each over the rounds. Not a JMH benchmark: JMH stays the reference.
 * usage: java -cp bench/target/benchmarks.jar dev.chartserve.bench.CpuTimeSplit [ROUNDS [OPS_PER_ROUND]]
 */
public final class CpuTimeSplit {
  private CpuTimeSplit() {
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int ops = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf("%-13s %9s %9s %9s %9s %9s  (ms of CPU per op, medians of %d rounds of %d ops)%n",
        "chart", "drawOnly", "encode", "png", "imageIo", "draw/png", rounds, ops);
    for (String chart : SeedImages.NAMES) {
      BufferedImage drawn = SeedImages.draw(chart).image();
      double[][] ms = new double[4][rounds];
      for (int r = -rounds / 2; r < rounds; r++) { // the first half-run is warm-up
        for (int kind = 0; kind < 4; kind++) {
          long start = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < ops; i++) {
            run(kind, chart, drawn);
          }
          if (r >= 0) {
            ms[kind][r] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / ops;
          }
        }
      }
      double[] median = new double[4];
      for (int kind = 0; kind < 4; kind++) {
        Arrays.sort(ms[kind]);
        median[kind] = ms[kind][rounds / 2];
      }
      System.out.printf("%-13s %9.2f %9.2f %9.2f %9.2f %9.2f%n", chart, median[0], median[1], median[2], median[3],
          median[0] / median[2]);
    }
  }

  private static Object run(int kind, String chart, BufferedImage drawn) throws IOException {
    switch (kind) {
      case 0 -> {
        try (Figure figure = figure(chart)) { // the canvas handed back, as the server does after encoding
          BufferedImage image = Raster.draw(figure);
          int corner = image.getRGB(0, 0);
          Raster.recycle(image);
          return corner;
        }
      }
      case 1 -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PngEncoder.encode(drawn, 100, out);
        return out.toByteArray();
      }
      case 2 -> {
        try (Figure figure = figure(chart)) {
          return Renderer.render(figure, ImageFormat.PNG);
        }
      }
      default -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ImageIoPng.encode(drawn, 100, out);
        return out.toByteArray();
      }
    }
  }

  private static Figure figure(String chart) {
    Figure figure = new Figure();
    try {
      SeedImages.producer(chart).draw(figure, new ChartRequest(chart, ImageFormat.PNG));
    } catch (Exception e) {
      figure.close();
      throw new IllegalStateException(chart + " failed to draw", e);
    }
    return figure;
  }
}
