package dev.chartserve.render.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import dev.chartserve.figure.Figure;
import dev.chartserve.figure.internal.Canvases;

/**
 * Draws a figure into an image of its pixel size, on a blank canvas from {@link Canvases}; the caller
 * hands the image back with {@link #recycle} once it has encoded it, so its pixel array serves the next
 * render.
 */
public final class Raster {
  private Raster() {
  }

  /** An opaque figure gives an RGB image (smaller, faster to encode); a transparent one ARGB. */
  public static BufferedImage draw(Figure figure) {
    Color background = figure.background();
    boolean opaque = background != null && background.getAlpha() == 255;
    return draw(figure, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB, null);
  }

  /**
   * An RGB image for formats without alpha (JPEG): whatever the figure leaves transparent comes out
   * white, as matplotlib does when it saves a transparent figure as JPEG.
   */
  public static BufferedImage drawOpaque(Figure figure) {
    Color background = figure.background();
    boolean opaque = background != null && background.getAlpha() == 255;
    return draw(figure, BufferedImage.TYPE_INT_RGB, opaque ? null : Color.WHITE);
  }

  /** Gives {@code image}'s pixels back for another render; the image must not be used afterwards. */
  public static void recycle(BufferedImage image) {
    Canvases.recycle(image);
  }

  private static BufferedImage draw(Figure figure, int type, Color underlay) {
    int width = figure.pixelWidth();
    int height = figure.pixelHeight();
    BufferedImage image = Canvases.blank(width, height, type);
    Graphics2D g = image.createGraphics();
    try {
      if (underlay != null) {
        g.setColor(underlay);
        g.fillRect(0, 0, width, height);
      }
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      figure.draw(g);
    } finally {
      g.dispose();
    }
    return image;
  }
}
