package dev.chartserve.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

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

import dev.chartserve.render.internal.PngEncoder;

/**
 * What would close the encode gap: the same pre-drawn seed images through ChartServe's own encoder
 * ({@code chartserve}, since issue 6), its ImageIO encoder before that ({@link ImageIoPng}, deflate 4),
 * ImageIO at deflate 1, and {@link DirectPng} (no ImageIO; libpng's
 * adaptive filter) at deflate 1, 4 and 6 (6 is zlib's and matplotlib's default), and DirectPng with
 * the fixed "up" filter (no per-row choice) at deflate 1 and 4.
 * {@link PngSizes} prints the bytes each gives and checks they decode to the same pixels.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class PngEncodeBenchmark {
  @Param({"seed-hist", "seed-line", "seed-heatmap", "seed-bar"})
  public String chart;

  private BufferedImage image;
  private double dpi;

  @Setup(Level.Trial)
  public void setUp() {
    SeedImages.Drawn drawn = SeedImages.draw(chart);
    image = drawn.image();
    dpi = drawn.dpi();
  }

  @Benchmark
  public byte[] chartserve() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PngEncoder.encode(image, dpi, out);
    return out.toByteArray();
  }

  @Benchmark
  public byte[] chartserveImageIo4() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    ImageIoPng.encode(image, dpi, out);
    return out.toByteArray();
  }

  @Benchmark
  public byte[] imageIo1() throws IOException {
    return imageIo(image, 0.85f); // the JDK maps quality q to deflate level (int) (9 * (1 - q)): 1
  }

  @Benchmark
  public byte[] direct1() {
    return DirectPng.encode(image, dpi, 1, DirectPng.ADAPTIVE);
  }

  @Benchmark
  public byte[] direct4() {
    return DirectPng.encode(image, dpi, 4, DirectPng.ADAPTIVE);
  }

  @Benchmark
  public byte[] direct6() {
    return DirectPng.encode(image, dpi, 6, DirectPng.ADAPTIVE);
  }

  @Benchmark
  public byte[] direct1Up() {
    return DirectPng.encode(image, dpi, 1, DirectPng.UP);
  }

  @Benchmark
  public byte[] direct4Up() {
    return DirectPng.encode(image, dpi, 4, DirectPng.UP);
  }

  static byte[] imageIo(BufferedImage image, float quality) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    ImageWriter writer = writers.next();
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
