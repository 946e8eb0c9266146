package dev.chartserve.figure.internal.style;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.function.Consumer;

import dev.chartserve.figure.internal.Canvases;

/**
 * Finds what a drawing covers: draws it on a transparent image and returns the smallest rectangle
 * holding every pixel it touched. Used for matplotlib's {@code bbox_inches="tight"}.
 */
public final class TightBounds {
  private TightBounds() {
  }

  /** The pixels {@code drawing} touches on a {@code width} × {@code height} canvas; null if none. */
  public static Rectangle find(int width, int height, Consumer<Graphics2D> drawing) {
    BufferedImage image = Canvases.blank(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.addRenderingHints(Theme.hints());
      drawing.accept(g);
    } finally {
      g.dispose();
    }
    int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    int minX = width;
    int minY = height;
    int maxX = -1;
    int maxY = -1;
    // Per row, only its first and last touched pixels matter: scan in from both ends and stop there.
    // A chart's rows are mostly opaque inside (an axes background), so the scan reads little more
    // than the transparent margins.
    for (int y = 0; y < height; y++) {
      int row = y * width;
      int left = 0;
      while (left < width && (argb[row + left] >>> 24) == 0) {
        left++;
      }
      if (left == width) {
        continue; // nothing on this row
      }
      int right = width - 1;
      while ((argb[row + right] >>> 24) == 0) {
        right--;
      }
      minX = Math.min(minX, left);
      maxX = Math.max(maxX, right);
      minY = Math.min(minY, y);
      maxY = y;
    }
    Canvases.recycle(image);
    return maxX < 0 ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
  }
}
