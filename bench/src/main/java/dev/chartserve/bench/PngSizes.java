package dev.chartserve.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import dev.chartserve.render.internal.PngEncoder;

/**
 * PNG bytes per seed chart for each encoder of {@link PngEncodeBenchmark}, beside matplotlib's
 * reference file, after checking that every variant decodes to exactly the drawn pixels.
 * usage: java -cp bench/target/benchmarks.jar dev.chartserve.bench.PngSizes [REFERENCE_DIR [OUT_DIR]]
 * With OUT_DIR, writes each chart as {@code NAME.png} (ChartServe's encoder) and {@code NAME-imageio.png}
 * (the JDK's), for {@code bench/png-check.py}, which decodes both without Java and compares the pixels.
 */
public final class PngSizes {
  private PngSizes() {
  }

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path reference = Path.of(args.length > 0 ? args[0] : "../shared/anchors/seed-charts/reference");
    System.out.printf("%-13s %10s %10s %10s %10s %10s %10s %10s %10s %10s %10s %8s%n", "chart", "matplotlib", "chartserve", "cs-iio4",
        "iio1", "direct1", "direct4", "direct6", "direct6-up", "direct1-up", "direct4-up", "colours");
    for (String chart : SeedImages.NAMES) {
      SeedImages.Drawn drawn = SeedImages.draw(chart);
      BufferedImage image = drawn.image();
      ByteArrayOutputStream ours = new ByteArrayOutputStream();
      PngEncoder.encode(image, drawn.dpi(), ours);
      ByteArrayOutputStream before = new ByteArrayOutputStream();
      ImageIoPng.encode(image, drawn.dpi(), before);
      byte[][] variants = {
          ours.toByteArray(),
          before.toByteArray(),
          PngEncodeBenchmark.imageIo(image, 0.85f),
          DirectPng.encode(image, drawn.dpi(), 1, DirectPng.ADAPTIVE),
          DirectPng.encode(image, drawn.dpi(), 4, DirectPng.ADAPTIVE),
          DirectPng.encode(image, drawn.dpi(), 6, DirectPng.ADAPTIVE),
          DirectPng.encode(image, drawn.dpi(), 6, DirectPng.UP),
          DirectPng.encode(image, drawn.dpi(), 1, DirectPng.UP),
          DirectPng.encode(image, drawn.dpi(), 4, DirectPng.UP),
      };
      for (byte[] png : variants) {
        check(chart, image, png);
      }
      if (args.length > 1) {
        Files.createDirectories(Path.of(args[1]));
        Files.write(Path.of(args[1], chart + ".png"), variants[0]);
        Files.write(Path.of(args[1], chart + "-imageio.png"), variants[1]);
      }
      Path ref = reference.resolve(chart + ".png");
      String theirs = Files.exists(ref) ? Long.toString(Files.size(ref)) : "-";
      System.out.printf("%-13s %10s %10d %10d %10d %10d %10d %10d %10d %10d %10d %8d%n", chart, theirs, variants[0].length,
          variants[1].length, variants[2].length, variants[3].length, variants[4].length, variants[5].length,
          variants[6].length, variants[7].length, variants[8].length, colours(image));
    }
  }

  /** Distinct colours: at most 256 would allow an indexed (palette) PNG, a third of the bytes to deflate. */
  private static int colours(BufferedImage image) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }

  private static void check(String chart, BufferedImage expected, byte[] png) throws IOException {
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
    if (decoded.getWidth() != expected.getWidth() || decoded.getHeight() != expected.getHeight()) {
      throw new AssertionError(chart + ": size differs");
    }
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        if (decoded.getRGB(x, y) != expected.getRGB(x, y)) {
          throw new AssertionError(chart + ": pixel " + x + "," + y + " differs");
        }
      }
    }
  }
}
