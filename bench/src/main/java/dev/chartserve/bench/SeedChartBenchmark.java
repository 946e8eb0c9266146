package dev.chartserve.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
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

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.demo.SeedBar;
import dev.chartserve.demo.SeedHeatmap;
import dev.chartserve.demo.SeedHist;
import dev.chartserve.demo.SeedLine;
import dev.chartserve.figure.Deadline;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.internal.Raster;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;
import dev.chartserve.render.internal.PngEncoder;

/**
 * The four seed charts, one thread, split into the steps of a request:
 *
 * <ul>
 *   <li>{@code build}: a new figure and the producer's calls on it, nothing drawn;
 *   <li>{@code drawOnly}: build + rasterise into a {@link BufferedImage} ({@link Raster#draw}), no encoding;
 *       the canvas is handed back ({@link Raster#recycle}) as the server does after encoding;
 *   <li>{@code encodePngOnly}: PNG of an image drawn once in setup ({@link PngEncoder}, what
 *       {@link Renderer} does after drawing, into the same 64 KiB byte-array stream);
 *   <li>{@code encodePngImageIo}: the same with ChartServe's encoder before issue 6 ({@link ImageIoPng});
 *   <li>{@code png}, {@code svg}, {@code pdf}: build + {@link Renderer#render(Figure, ImageFormat)};
 *   <li>{@code pngImageIo}: build + draw + {@link ImageIoPng}, what {@code png} was before issue 6;
 *   <li>{@code pngWithDeadline}: {@code png} with a render deadline set, as the server does for every
 *       request (every drawing call then goes through the deadline-checking {@code Graphics2D}).
 * </ul>
 *
 * Run with {@code -prof gc} for bytes allocated per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class SeedChartBenchmark {
  @Param({"seed-hist", "seed-line", "seed-heatmap", "seed-bar"})
  public String chart;

  private ChartProducer producer;
  private BufferedImage drawn;
  private double dpi;

  @Setup(Level.Trial)
  public void setUp() {
    producer = switch (chart) {
      case "seed-hist" -> new SeedHist();
      case "seed-line" -> new SeedLine();
      case "seed-heatmap" -> new SeedHeatmap();
      case "seed-bar" -> new SeedBar();
      default -> throw new IllegalArgumentException("unknown seed chart: " + chart);
    };
    try (Figure figure = build(ImageFormat.PNG)) {
      drawn = Raster.draw(figure);
      dpi = figure.dpi();
    }
  }

  private Figure build(ImageFormat format) {
    return build(format, Deadline.none());
  }

  private Figure build(ImageFormat format, Deadline deadline) {
    Figure figure = new Figure();
    figure.setDeadline(deadline); // before the producer, as the server does
    try {
      producer.draw(figure, new ChartRequest(chart, format));
    } catch (Exception e) { // ChartProducer.draw may throw; the seeds never do
      throw new IllegalStateException(chart + " failed to draw", e);
    }
    return figure;
  }

  private byte[] render(ImageFormat format) {
    try (Figure figure = build(format)) {
      return Renderer.render(figure, format);
    }
  }

  @Benchmark
  public Figure build() {
    Figure figure = build(ImageFormat.PNG);
    figure.close();
    return figure;
  }

  /** Hands the canvas back for reuse, as {@link Renderer} does after encoding (so both pay the same for it). */
  @Benchmark
  public int drawOnly() {
    try (Figure figure = build(ImageFormat.PNG)) {
      BufferedImage image = Raster.draw(figure);
      int corner = image.getRGB(image.getWidth() - 1, image.getHeight() - 1);
      Raster.recycle(image);
      return corner;
    }
  }

  @Benchmark
  public byte[] encodePngOnly() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PngEncoder.encode(drawn, dpi, out);
    return out.toByteArray();
  }

  @Benchmark
  public byte[] encodePngImageIo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    ImageIoPng.encode(drawn, dpi, out);
    return out.toByteArray();
  }

  @Benchmark
  public byte[] pngImageIo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (Figure figure = build(ImageFormat.PNG)) {
      ImageIoPng.encode(Raster.draw(figure), figure.dpi(), out);
    }
    return out.toByteArray();
  }

  @Benchmark
  public byte[] png() {
    return render(ImageFormat.PNG);
  }

  @Benchmark
  public byte[] pngWithDeadline() {
    try (Figure figure = build(ImageFormat.PNG, Deadline.after(Duration.ofSeconds(10)))) {
      return Renderer.render(figure, ImageFormat.PNG);
    }
  }

  @Benchmark
  public byte[] svg() {
    return render(ImageFormat.SVG);
  }

  @Benchmark
  public byte[] pdf() {
    return render(ImageFormat.PDF);
  }
}
