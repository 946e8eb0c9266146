package dev.chartserve.figure.internal.style;

import java.awt.Font;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * The bundled DejaVu Sans faces, loaded once; every size is derived from them, so every machine
 * draws the same glyphs whatever fonts the server has. If the bundled files cannot be read, the
 * logical "SansSerif" font is used and the reason logged.
 *
 * <p>Thread-safe: the fields are immutable {@link Font}s.
 */
public final class Fonts {
  private static final System.Logger LOG = System.getLogger(Fonts.class.getName());
  private static final String DIR = "/dev/chartserve/figure/fonts/";
  /** The class-path resources of the bundled faces, regular then bold. */
  public static final List<String> BUNDLED = List.of(DIR + "DejaVuSans.ttf", DIR + "DejaVuSans-Bold.ttf");
  private static final Font REGULAR = load(BUNDLED.get(0), Font.PLAIN);
  private static final Font BOLD = load(BUNDLED.get(1), Font.BOLD);

  private Fonts() {
  }

  /** DejaVu Sans at {@code points} (user-space units: figures draw in points). */
  public static Font regular(double points) {
    return REGULAR.deriveFont((float) points);
  }

  /** DejaVu Sans Bold at {@code points}. */
  public static Font bold(double points) {
    return BOLD.deriveFont((float) points);
  }

  private static Font load(String resource, int style) {
    try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing font resource " + resource);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (Throwable t) { // a broken font stack must not stop charts from drawing
      LOG.log(Level.WARNING, "cannot load bundled font " + resource
          + ", falling back to logical SansSerif; text may differ between machines", t);
      return new Font(Font.SANS_SERIF, style, 10);
    }
  }
}
