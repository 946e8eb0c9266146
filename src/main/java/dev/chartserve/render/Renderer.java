package dev.chartserve.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import dev.chartserve.figure.Figure;
import dev.chartserve.render.internal.JpegEncoder;
import dev.chartserve.render.internal.PdfEncoder;
import dev.chartserve.render.internal.PngEncoder;
import dev.chartserve.render.internal.Raster;
import dev.chartserve.render.internal.SvgEncoder;

/**
 * Turns a {@link Figure} into the bytes of an image file: PNG, JPEG, SVG or PDF. The same figure, format
 * and options give the same bytes every time, on any thread (no dates, random ids or clock-derived
 * values are written).
 *
 * <p>What each format records:
 * <ul>
 *   <li>{@link ImageFormat#PNG}: {@code pixelWidth × pixelHeight} pixels, the dpi in {@code pHYs};
 *       ARGB with alpha when the background is transparent, RGB otherwise.
 *   <li>{@link ImageFormat#JPEG}: the same pixels on white (JPEG has no alpha), the dpi in the JFIF
 *       header, quality from {@link RenderOptions#jpegQuality()}.
 *   <li>{@link ImageFormat#SVG}: UTF-8 SVG sized in points ({@code width="460.8pt"} for 6.4 inches)
 *       with a matching {@code viewBox}; text as {@code <text>} elements.
 *   <li>{@link ImageFormat#PDF}: one page of the figure's size in points; text as text in the
 *       embedded DejaVu Sans.
 * </ul>
 * In SVG and PDF, text that JFreeChart draws through a {@code TextLayout} (its rotated labels, such as
 * a vertical axis label) arrives as glyph outlines and stays outlines; all other text stays text.
 *
 * <p>Thread-safe: it holds no state. Each call draws on buffers of its own. A figure itself is not
 * thread-safe: render it from the thread that owns it.
 */
public final class Renderer {
  /** What one {@code int}-per-pixel image can hold; the request limits are far lower (guard). */
  private static final long MAX_RASTER_PIXELS = Integer.MAX_VALUE - 8;

  private Renderer() {
  }

  /** Draws {@code figure} and encodes it as {@code format} with the {@linkplain RenderOptions#defaults() default options}. */
  public static byte[] render(Figure figure, ImageFormat format) {
    return render(figure, format, RenderOptions.defaults());
  }

  /** Draws {@code figure} and encodes it as {@code format} with {@code options}. */
  public static byte[] render(Figure figure, ImageFormat format, RenderOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      render(figure, format, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail: the encoder did
    }
    return out.toByteArray();
  }

  /** Draws {@code figure} and writes it to {@code out} as {@code format}; {@code out} stays open. */
  public static void render(Figure figure, ImageFormat format, OutputStream out) throws IOException {
    render(figure, format, RenderOptions.defaults(), out);
  }

  /**
   * Draws {@code figure} and writes it to {@code out} as {@code format} with {@code options};
   * {@code out} stays open and is not flushed beyond what the encoder wrote.
   *
   * <p>With {@link RenderOptions#transparent()}, the figure's background is set aside for the
   * duration of this call and put back before it returns.
   *
   * <p>If this throws, {@code out} may have received the first part of the file: render to a byte
   * array first where a half-written response would matter.
   *
   * @throws IllegalStateException if the figure is closed
   * @throws IllegalArgumentException if the figure is less than 1 px wide or high, or too large
   *     for one image in a raster format
   * @throws IOException if {@code out} fails
   */
  public static void render(Figure figure, ImageFormat format, RenderOptions options, OutputStream out)
      throws IOException {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    if (figure.isClosed()) {
      throw new IllegalStateException("figure is closed: render it before closing it");
    }
    checkSize(figure, format);
    Color background = figure.background();
    boolean setAside = options.transparent() && background != null;
    if (setAside) {
      figure.setBackground(null);
    }
    try {
      encode(figure, format, options, out);
    } finally {
      if (setAside) {
        figure.setBackground(background);
      }
    }
  }

  private static void checkSize(Figure figure, ImageFormat format) {
    int width = figure.pixelWidth();
    int height = figure.pixelHeight();
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "figure must be at least 1 × 1 px, was " + width + " × " + height + " px");
    }
    if (format.isRaster() && (long) width * height > MAX_RASTER_PIXELS) {
      throw new IllegalArgumentException("figure of " + width + " × " + height
          + " px is too large to rasterise: at most " + MAX_RASTER_PIXELS + " pixels");
    }
  }

  private static void encode(Figure figure, ImageFormat format, RenderOptions options, OutputStream out)
      throws IOException {
    switch (format) {
      case PNG -> {
        BufferedImage image = Raster.draw(figure);
        try {
          PngEncoder.encode(image, figure.dpi(), out);
        } finally {
          Raster.recycle(image);
        }
      }
      case JPEG -> {
        BufferedImage image = Raster.drawOpaque(figure);
        try {
          JpegEncoder.encode(image, figure.dpi(), options.jpegQuality(), out);
        } finally {
          Raster.recycle(image);
        }
      }
      case SVG -> SvgEncoder.encode(figure, out);
      case PDF -> PdfEncoder.encode(figure, out);
      default -> throw new AssertionError(format);
    }
  }
}
