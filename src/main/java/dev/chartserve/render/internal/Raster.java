package dev.chartserve.render.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import dev.chartserve.figure.Figure;

/** Draws a figure into a new image of its pixel size. */
public final class Raster {
  private Raster() {
  }

  /** An opaque figure gives an RGB image (smaller, faster to encode); a transparent one ARGB. */
  public static BufferedImage draw(Figure figure) {
    int type = figure.background() != null && figure.background().getAlpha() == 255
        ? BufferedImage.TYPE_INT_RGB
        : BufferedImage.TYPE_INT_ARGB;
    BufferedImage image = new BufferedImage(figure.pixelWidth(), figure.pixelHeight(), type);
    Graphics2D g = image.createGraphics();
    try {
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
