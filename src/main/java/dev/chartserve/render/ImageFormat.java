package dev.chartserve.render;

import java.util.Locale;
import java.util.Optional;

/** The image formats ChartServe writes, with their file extension and media type. */
public enum ImageFormat {
  PNG("png", "image/png");

  private final String extension;
  private final String mediaType;

  ImageFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The extension used in chart URLs, without the dot: {@code png}. */
  public String extension() {
    return extension;
  }

  /** The exact {@code Content-Type} of this format. */
  public String mediaType() {
    return mediaType;
  }

  /** The format whose extension is {@code extension} (case-insensitive), if there is one. */
  public static Optional<ImageFormat> forExtension(String extension) {
    String wanted = extension.toLowerCase(Locale.ROOT);
    for (ImageFormat format : values()) {
      if (format.extension.equals(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
