package dev.chartserve.figure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import javax.imageio.ImageIO;

import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

/**
 * One chart drawn twice to PNG, as ChartServe draws it and with every point drawn, and how their
 * pixels compare: strictly identical, and within {@value #NEAR} of 255 in every channel (what the
 * eye cannot tell apart on an antialiased edge).
 */
record PixelComparison(String name, int pixels, int identical, int near, int largest,
    long drawnMillis, long everyMillis) {
  static final int NEAR = 8;

  /**
   * Draws the figure {@code chart} makes twice: as is, and with every point of the artist it returns
   * drawn. Both PNGs go to target/big-series/{@code name}-{decimated,every}.png.
   */
  static PixelComparison of(String name, Function<Figure, Artist> chart) {
    long t0 = System.nanoTime();
    byte[] drawn = draw(chart, false);
    long t1 = System.nanoTime();
    byte[] every = draw(chart, true);
    long t2 = System.nanoTime();
    BufferedImage a = decode(drawn, name + "-decimated");
    BufferedImage b = decode(every, name + "-every");
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      throw new AssertionError(name + ": sizes differ");
    }
    int identical = 0;
    int near = 0;
    int largest = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        int d = 0;
        for (int shift = 0; shift < 32; shift += 8) {
          d = Math.max(d, Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)));
        }
        identical += d == 0 ? 1 : 0;
        near += d <= NEAR ? 1 : 0;
        largest = Math.max(largest, d);
      }
    }
    return new PixelComparison(name, a.getWidth() * a.getHeight(), identical, near, largest,
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
  }

  double identicalShare() {
    return (double) identical / pixels;
  }

  double nearShare() {
    return (double) near / pixels;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "%s: %.3f %% identical, %.3f %% within %d/255, largest difference %d (drawn in %d ms, every point %d ms)",
        name, 100 * identicalShare(), 100 * nearShare(), NEAR, largest, drawnMillis, everyMillis);
  }

  private static byte[] draw(Function<Figure, Artist> chart, boolean everyPoint) {
    try (Figure figure = new Figure()) {
      Artist artist = chart.apply(figure);
      artist.drawEveryPoint(everyPoint);
      return Renderer.render(figure, ImageFormat.PNG);
    }
  }

  private static BufferedImage decode(byte[] png, String file) {
    try {
      Path dir = Path.of("target", "big-series");
      Files.createDirectories(dir);
      Files.write(dir.resolve(file + ".png"), png);
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
