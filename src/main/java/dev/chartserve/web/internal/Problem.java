package dev.chartserve.web.internal;

import java.io.StringWriter;
import java.util.Collection;
import java.util.Objects;

import dev.chartserve.guard.internal.Rejection;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;

/**
 * An RFC 9457 problem: what went wrong, in {@code application/problem+json}. Immutable. Never holds
 * a stack trace.
 */
public final class Problem {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:chartserve:problem:";

  private final String type;
  private final String title;
  private final int status;
  private final String detail;
  private final String parameter;
  private final String requestId;
  private final long retryAfterSeconds;

  private Problem(String type, String title, int status, String detail, String parameter, String requestId) {
    this(type, title, status, detail, parameter, requestId, 0);
  }

  private Problem(String type, String title, int status, String detail, String parameter, String requestId,
      long retryAfterSeconds) {
    this.type = TYPE_PREFIX + type;
    this.title = Objects.requireNonNull(title, "title");
    this.status = status;
    this.detail = Objects.requireNonNull(detail, "detail");
    this.parameter = parameter;
    this.requestId = requestId;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static Problem unknownChart(String name, Collection<String> known) {
    return new Problem("unknown-chart", "Unknown chart", 404,
        "no chart is named \"" + name + "\"; the charts are: " + String.join(", ", known), "name", null);
  }

  public static Problem unknownFormat(String extension, Collection<String> known) {
    return new Problem("unknown-format", "Unknown image format", 404,
        "no image format has the extension \"" + extension + "\"; the formats are: "
            + String.join(", ", known), "format", null);
  }

  public static Problem invalidParameter(String parameter, String detail) {
    return new Problem("invalid-parameter", "Invalid parameter", 400, detail, parameter, null);
  }

  public static Problem badSignature(boolean missing) {
    return new Problem("invalid-signature", "Invalid signature", 403, missing
        ? "this server only draws signed chart URLs, and this one has no \"sig\" parameter"
        : "the \"sig\" parameter does not match this chart, format and parameters (a signature covers all"
            + " three; URLs signed before it covered the format must be signed again)", "sig", null);
  }

  public static Problem tooLarge(String detail) {
    return new Problem("too-large", "Image too large", 413, detail, null, null);
  }

  /** A status the JAX-RS runtime decided (no such path, method not allowed…). */
  public static Problem http(int status, String title, String detail) {
    return new Problem("http-" + status, title, status, detail, null, null);
  }

  public static Problem rendererUnavailable(String why) {
    return new Problem("renderer-unavailable", "Charts cannot be drawn on this server", 503, why, null, null);
  }

  /** The render gate turned the request away: which limit, how long it waited, how busy it was. */
  public static Problem overloaded(Rejection rejection) {
    return new Problem("overloaded", "Too many chart requests", 503, rejection.message(), null, null,
        rejection.retryAfterSeconds());
  }

  public static Problem renderTimeout(String chart, long millis) {
    return new Problem("render-timeout", "Chart took too long", 503, "\"" + chart + "\" took longer than "
        + millis + " ms to draw (chartserve.renderTimeout) and was stopped", null, null);
  }

  /** An identical request was drawing this chart, and it did not finish within this one's wait. */
  public static Problem identicalRenderTimeout(String chart, long waitedMillis) {
    return new Problem("render-timeout", "Chart took too long", 503, "\"" + chart + "\" was being drawn for an"
        + " identical request, which had not finished after " + waitedMillis + " ms (chartserve.queueTimeout"
        + " + chartserve.renderTimeout)", null, null, 1);
  }

  public static Problem internal(String requestId) {
    return new Problem("internal", "The chart could not be drawn", 500,
        "the server failed while drawing this chart; its log has the cause under request id "
            + requestId, null, requestId);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String detail() {
    return detail;
  }

  /** Seconds for a {@code Retry-After} header; 0 for none. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public String toJson() {
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("type", type)
        .add("title", title)
        .add("status", status)
        .add("detail", detail);
    if (parameter != null) {
      json.add("parameter", parameter);
    }
    if (requestId != null) {
      json.add("requestId", requestId);
    }
    StringWriter out = new StringWriter();
    try (JsonWriter writer = Json.createWriter(out)) {
      writer.writeObject(json.build());
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return status + " " + title + ": " + detail;
  }
}
