package dev.chartserve.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import dev.chartserve.figure.Figure;
import dev.chartserve.render.internal.PngEncoder;
import dev.chartserve.render.internal.Raster;

/**
 * Turns a {@link Figure} into the bytes of an image file. The same figure and format give the same
 * bytes every time, on any thread.
 *
 * <p>Thread-safe: it holds no state. Each call draws on buffers of its own.
 */
public final class Renderer {
  private Renderer() {
  }

  /** Draws {@code figure} and encodes it as {@code format}. */
  public static byte[] render(Figure figure, ImageFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      render(figure, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }

  /** Draws {@code figure} and writes it to {@code out} as {@code format}; {@code out} stays open. */
  public static void render(Figure figure, ImageFormat format, OutputStream out) throws IOException {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    switch (format) {
      case PNG -> PngEncoder.encode(Raster.draw(figure), out);
      default -> throw new AssertionError(format);
    }
  }
}
