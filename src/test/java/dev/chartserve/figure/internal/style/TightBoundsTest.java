package dev.chartserve.figure.internal.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** The box of what a drawing touches, against a scan of every pixel of the same drawing. */
class TightBoundsTest {
  @Test
  void matchesAFullScanOnRandomAntialiasedDrawings() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      int width = 1 + random.nextInt(300);
      int height = 1 + random.nextInt(200);
      long seed = random.nextLong();
      Consumer<Graphics2D> drawing = g -> {
        Random shapes = new Random(seed);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.5f + shapes.nextFloat() * 3));
        for (int n = shapes.nextInt(4); n > 0; n--) {
          g.draw(new Line2D.Double(shapes.nextDouble() * width, shapes.nextDouble() * height,
              shapes.nextDouble() * width, shapes.nextDouble() * height));
        }
        if (shapes.nextBoolean()) {
          g.fillRect(shapes.nextInt(width), shapes.nextInt(height), 1 + shapes.nextInt(40), 1 + shapes.nextInt(40));
        }
      };
      assertEquals(fullScan(width, height, drawing), TightBounds.find(width, height, drawing),
          "drawing " + i + " on " + width + " x " + height);
    }
  }

  @Test
  void nothingDrawnIsNullAndOnePixelIsOnePixel() {
    assertNull(TightBounds.find(50, 40, g -> { }));
    assertEquals(new Rectangle(49, 39, 1, 1), TightBounds.find(50, 40, g -> g.fillRect(49, 39, 1, 1)));
    assertEquals(new Rectangle(0, 0, 1, 1), TightBounds.find(50, 40, g -> g.fillRect(0, 0, 1, 1)));
  }

  private static Rectangle fullScan(int width, int height, Consumer<Graphics2D> drawing) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.addRenderingHints(Theme.hints());
    drawing.accept(g);
    g.dispose();
    int minX = width;
    int minY = height;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if ((image.getRGB(x, y) >>> 24) != 0) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    return maxX < 0 ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
  }
}
