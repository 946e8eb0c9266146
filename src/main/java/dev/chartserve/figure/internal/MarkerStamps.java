package dev.chartserve.figure.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * Markers on a raster drawn as stamps: each look (shape, size, colour) is drawn once per phase (an
 * eighth of a pixel in each direction) into small transparent images, with the drawing's own
 * rendering hints, and copied where a marker goes. Antialiasing is computed on a grid aligned to
 * whole pixels, so a stamp drawn at a phase holds the coverage of the marker drawn at any position
 * with that phase. The fill and the edge are stamps of their own, whose pixels all have the marker's
 * exact colour and the coverage as alpha, so copying them composites as filling and stroking the
 * shape would (Java2D blends a copied pixel and a covered one by the same formula). The one
 * difference from drawing each marker where it lies: positions are rounded to an eighth of a pixel.
 * A copy costs a microsecond where a filled and stroked shape costs tens.
 *
 * <p>Only for raster drawings on a transform that scales and translates ({@link PixelGrid#raster()},
 * {@link PixelGrid#aligned()}); at most {@value #MAX_LOOKS} looks per drawing, beyond which
 * {@link #stamp} declines and the caller draws the marker itself. One per drawing of one artist;
 * not thread-safe.
 */
public final class MarkerStamps {
  /** Phases per pixel in each direction: positions are rounded to 1 / PHASES of a pixel. */
  public static final int PHASES = 16;
  /** The most looks one drawing keeps stamps for. */
  public static final int MAX_LOOKS = 256;

  private final AffineTransform toDevice;
  private final RenderingHints hints;
  private final int origin; // where a stamp's centre pixel is, from its top-left corner
  private final int side;
  private final Map<Object, BufferedImage[]> stamps = new HashMap<>();

  /**
   * Stamps for markers drawn on {@code g} (its transform and hints as they are now) whose ink lies
   * within {@code reach} user units of their centre.
   */
  public MarkerStamps(Graphics2D g, double reach) {
    this.toDevice = g.getTransform();
    this.hints = (RenderingHints) g.getRenderingHints().clone();
    double r = reach * Math.max(Math.abs(toDevice.getScaleX()), Math.abs(toDevice.getScaleY()));
    this.origin = (int) Math.ceil(r) + 2;
    this.side = 2 * origin + 1;
  }

  /**
   * Copies the stamps of {@code look} with their centre at user ({@code ux}, {@code uy}) onto
   * {@code g}, whose transform must be the identity (the caller sets it once for all its markers):
   * {@code shape} (centred on (0, 0), user units) filled if {@code filled}, then its outline drawn
   * with {@code edge}, both in {@code color}. The stamps are made the first time a look and phase
   * are asked for. False, and nothing drawn, for a colour that is not opaque, and when the drawing
   * already keeps stamps for {@value #MAX_LOOKS} other looks.
   */
  public boolean stamp(Graphics2D g, double ux, double uy, Object look, Shape shape, boolean filled,
      Stroke edge, Color color) {
    if (color.getAlpha() != 255) {
      return false; // a translucent colour blends its own alpha in: drawn as it is
    }
    double dx = ux * toDevice.getScaleX() + toDevice.getTranslateX();
    double dy = uy * toDevice.getScaleY() + toDevice.getTranslateY();
    double qx = Math.floor(dx * PHASES + 0.5); // to the nearest phase
    double qy = Math.floor(dy * PHASES + 0.5);
    int ix = (int) Math.floor(qx / PHASES);
    int iy = (int) Math.floor(qy / PHASES);
    int px = (int) (qx - (double) ix * PHASES);
    int py = (int) (qy - (double) iy * PHASES);
    BufferedImage[] phases = stamps.get(look);
    if (phases == null) {
      if (stamps.size() == MAX_LOOKS) {
        return false;
      }
      phases = new BufferedImage[2 * PHASES * PHASES];
      stamps.put(look, phases);
    }
    int k = 2 * (py * PHASES + px);
    if (phases[k + 1] == null) {
      double fx = (double) px / PHASES;
      double fy = (double) py / PHASES;
      phases[k] = filled ? layer(shape, null, color, fx, fy) : null;
      phases[k + 1] = layer(shape, edge, color, fx, fy);
    }
    if (phases[k] != null) {
      g.drawImage(phases[k], ix - origin, iy - origin, null);
    }
    g.drawImage(phases[k + 1], ix - origin, iy - origin, null);
    return true;
  }

  /**
   * {@code shape} filled ({@code edge} null) or stroked with its centre at ({@code origin} + fx,
   * {@code origin} + fy): every pixel {@code color}, with the coverage as alpha.
   */
  private BufferedImage layer(Shape shape, Stroke edge, Color color, double fx, double fy) {
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHints(hints);
      g.setComposite(java.awt.AlphaComposite.Src);
      g.setPaint(Color.WHITE); // any opaque colour: only the coverage is kept
      g.translate(origin + fx, origin + fy);
      g.scale(toDevice.getScaleX(), toDevice.getScaleY());
      if (edge == null) {
        g.fill(shape);
      } else {
        g.setStroke(edge);
        g.draw(shape);
      }
    } finally {
      g.dispose();
    }
    int rgb = color.getRGB() & 0xffffff;
    int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < pixels.length; i++) {
      int alpha = pixels[i] >>> 24;
      pixels[i] = alpha == 0 ? 0 : alpha << 24 | rgb;
    }
    return image;
  }
}
