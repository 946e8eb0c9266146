package dev.chartserve.render;

import java.util.Locale;

/**
 * How {@link Renderer} encodes a figure, beyond its format. Start from {@link #defaults()} and derive
 * changed copies:
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.defaults().withTransparent(true);
 * byte[] png = Renderer.render(figure, ImageFormat.PNG, options);
 * }</pre>
 *
 * <p>Immutable and thread-safe: the {@code with…} methods return new instances.
 */
public final class RenderOptions {
  /**
   * The default JPEG quality, 0.90. Pillow (and so matplotlib) defaults to 75 on its 1..95 scale, which
   * smears the thin lines and small text of charts; 0.90 keeps them crisp for about 1.5× the bytes.
   */
  public static final float DEFAULT_JPEG_QUALITY = 0.90f;

  private static final RenderOptions DEFAULTS = new RenderOptions(false, DEFAULT_JPEG_QUALITY);

  private final boolean transparent;
  private final float jpegQuality;

  private RenderOptions(boolean transparent, float jpegQuality) {
    this.transparent = transparent;
    this.jpegQuality = jpegQuality;
  }

  /** Not transparent, JPEG quality {@value #DEFAULT_JPEG_QUALITY}. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Whether the figure's background is left out, as matplotlib's {@code savefig(transparent=True)}
   * does. The default is {@code false}: the figure's own {@link dev.chartserve.figure.Figure#background()}
   * decides (a {@code null} background is transparent either way). Only the figure's background is
   * affected; backgrounds the chart paints itself stay. JPEG has no transparency: a transparent
   * background becomes white there.
   */
  public boolean transparent() {
    return transparent;
  }

  /** A copy of these options with {@link #transparent()} set to {@code transparent}. */
  public RenderOptions withTransparent(boolean transparent) {
    return new RenderOptions(transparent, jpegQuality);
  }

  /** JPEG quality from 0 (smallest) to 1 (best); ignored by the other formats. The default is 0.90. */
  public float jpegQuality() {
    return jpegQuality;
  }

  /** A copy of these options with {@link #jpegQuality()} set to {@code quality}, which must be 0..1. */
  public RenderOptions withJpegQuality(float quality) {
    if (!(quality >= 0f && quality <= 1f)) {
      throw new IllegalArgumentException("jpegQuality must be 0..1, was " + quality);
    }
    return new RenderOptions(transparent, quality);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderOptions other
        && transparent == other.transparent
        && Float.compare(jpegQuality, other.jpegQuality) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Boolean.hashCode(transparent) + Float.hashCode(jpegQuality);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "RenderOptions{transparent=%s, jpegQuality=%.2f}",
        transparent, jpegQuality);
  }
}
