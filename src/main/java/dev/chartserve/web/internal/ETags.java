package dev.chartserve.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import dev.chartserve.cdi.ChartRequest;

/**
 * Strong entity tags for chart images, computed before drawing from everything the bytes depend on:
 * the chart's name and version, the producer's data version, the format, the canonical size
 * parameters, and the node's {@link Fingerprint} (ChartServe's release and drawing code, JFreeChart,
 * the Java runtime, the fonts). ChartServe's output is deterministic, so equal tags mean equal bytes,
 * on every node: nodes that would draw differently give different tags.
 */
public final class ETags {
  /** Bump when a change to ChartServe changes the bytes of charts drawn from the same input. */
  static final String DRAWING_VERSION = "2";

  private ETags() {
  }

  /**
   * The tag's value, without quotes: 27 characters of URL-safe base64 of a SHA-256.
   *
   * @param fingerprint the node's {@link Fingerprint#value()}
   */
  public static String of(ChartRequest request, String chartVersion, String dataVersion, String fingerprint) {
    StringBuilder key = new StringBuilder("chartserve-etag\n")
        .append(DRAWING_VERSION).append('\n')
        .append(fingerprint).append('\n')
        .append(request.name()).append('\n')
        .append(chartVersion).append('\n')
        .append(dataVersion.length()).append(':').append(dataVersion).append('\n')
        .append(request.format().extension()).append('\n')
        .append(request.width().isPresent() ? request.width().getAsInt() : "-").append('\n')
        .append(request.height().isPresent() ? request.height().getAsInt() : "-").append('\n')
        .append(Double.toString(request.scale()));
    // The chart's own parameters, in name order, each with its length so values cannot run together.
    request.parameters().forEach((name, value) -> {
      String text = String.valueOf(value);
      key.append('\n').append(name).append('=').append(text.length()).append(':').append(text);
    });
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }
}
