package dev.chartserve.figure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

/** Renders figures to PNG and reads their pixels back, for the figure tests. */
final class FigureImages {
  private FigureImages() {
  }

  static byte[] png(Figure figure) {
    return Renderer.render(figure, ImageFormat.PNG);
  }

  /** Renders {@code figure}, writes it to target/figure-api/{@code name}.png and decodes it. */
  static BufferedImage pixels(Figure figure, String name) {
    byte[] png = png(figure);
    try {
      Path dir = Path.of("target", "figure-api");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), png);
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int rgb(BufferedImage img, int x, int y) {
    return img.getRGB(x, y) & 0xffffff;
  }

  /** How many pixels of the rectangle are exactly {@code color}. */
  static int count(BufferedImage img, int x0, int y0, int x1, int y1, int color) {
    int n = 0;
    for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++) {
        if (rgb(img, x, y) == color) {
          n++;
        }
      }
    }
    return n;
  }

  /** Pixels within a small distance of {@code color} (antialiased lines blend at their edges). */
  static int countNear(BufferedImage img, int x0, int y0, int x1, int y1, int color) {
    int n = 0;
    for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++) {
        int c = rgb(img, x, y);
        int dr = (c >> 16) - (color >> 16);
        int dg = ((c >> 8) & 0xff) - ((color >> 8) & 0xff);
        int db = (c & 0xff) - (color & 0xff);
        if (dr * dr + dg * dg + db * db < 300) {
          n++;
        }
      }
    }
    return n;
  }
}
