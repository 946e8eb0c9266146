package dev.chartserve.render;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The image formats ChartServe writes, with their file extension and media type.
 *
 * <p>Raster formats ({@link #PNG}, {@link #JPEG}) are sized in pixels from the figure's dpi; vector
 * formats ({@link #SVG}, {@link #PDF}) are sized in points (1/72 inch) from its size in inches, as
 * matplotlib's {@code savefig} does.
 *
 * <p>Immutable and thread-safe.
 */
public enum ImageFormat {
  /** Lossless raster; keeps transparency; records the dpi in its {@code pHYs} chunk. */
  PNG("png", "image/png"),
  /** Lossy raster without transparency; records the dpi in its JFIF header. Also known as {@code jpeg}. */
  JPEG("jpg", "image/jpeg", "jpeg"),
  /** Scalable vector graphics, UTF-8; text stays text. */
  SVG("svg", "image/svg+xml"),
  /** One-page PDF; text is real text in the embedded DejaVu Sans. */
  PDF("pdf", "application/pdf");

  private final String extension;
  private final String mediaType;
  private final List<String> aliases;

  ImageFormat(String extension, String mediaType, String... aliases) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.aliases = List.of(aliases);
  }

  /** The extension used in chart URLs, without the dot: {@code png}, {@code jpg}, {@code svg}, {@code pdf}. */
  public String extension() {
    return extension;
  }

  /** The exact {@code Content-Type} of this format. */
  public String mediaType() {
    return mediaType;
  }

  /** Whether this format is drawn into pixels ({@code true}) or written as vectors ({@code false}). */
  public boolean isRaster() {
    return this == PNG || this == JPEG;
  }

  /**
   * The format whose extension is {@code extension} (case-insensitive, without the dot), if there is
   * one. Besides each format's own {@link #extension()}, {@code jpeg} is accepted for {@link #JPEG}.
   */
  public static Optional<ImageFormat> forExtension(String extension) {
    Objects.requireNonNull(extension, "extension");
    String wanted = extension.toLowerCase(Locale.ROOT);
    for (ImageFormat format : values()) {
      if (format.extension.equals(wanted) || format.aliases.contains(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
