package dev.chartserve.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * What the server answered to a {@link ChartClient} request: status, headers and body. Immutable and
 * thread-safe.
 */
public final class ChartResponse {
  private final URI uri;
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;

  ChartResponse(URI uri, int status, HttpHeaders headers, byte[] body) {
    this.uri = Objects.requireNonNull(uri, "uri");
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = Objects.requireNonNull(body, "body");
  }

  /** The URI requested, with its signature when the client signs. */
  public URI uri() {
    return uri;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The first value of header {@code name}, if the response has it. */
  public Optional<String> header(String name) {
    return headers.firstValue(Objects.requireNonNull(name, "name"));
  }

  /** The media type without parameters ({@code image/png}, {@code application/problem+json}), or "". */
  public String contentType() {
    String type = header("Content-Type").orElse("");
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
  }

  /** A copy of the body. */
  public byte[] body() {
    return body.clone();
  }

  /** The body as UTF-8 text (a problem+json body, an SVG). */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body decoded as a raster image (PNG or JPEG).
   *
   * @throws AssertionError if the status is not 200 or the body is no image, with what the server said
   */
  public BufferedImage image() {
    if (status != 200) {
      throw new AssertionError(this + ": " + text());
    }
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(body));
    } catch (IOException e) {
      throw new AssertionError(this + ": the body does not decode as an image", e);
    }
    if (image == null) {
      throw new AssertionError(this + ": the body is no image ImageIO can read");
    }
    return image;
  }

  byte[] bodyUnsafe() {
    return body;
  }

  /** {@code GET <uri> → 200 image/png, 12345 bytes}. */
  @Override
  public String toString() {
    return "GET " + uri + " → " + status + " " + (contentType().isEmpty() ? "(no type)" : contentType()) + ", "
        + body.length + " bytes";
  }
}
