package dev.chartserve.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.chartserve.guard.internal.UrlSigner;

/**
 * The tail of a chart URL, {@code "sales.png?region=north&width=320"}, read as the server reads it:
 * the chart's name, the extension and the decoded query, in the order written. Immutable.
 */
record UrlTail(String text, String chart, String extension, Map<String, List<String>> query) {
  UrlTail {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    query = Collections.unmodifiableMap(copy);
  }

  /** @throws IllegalArgumentException unless {@code text} looks like {@code name.extension?query} */
  static UrlTail parse(String text) {
    Objects.requireNonNull(text, "urlTail");
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a chart looks like name.format?parameters, was " + text, e);
    }
    String path = uri.getRawPath();
    int dot = path == null ? -1 : path.lastIndexOf('.');
    if (dot <= 0 || dot == path.length() - 1 || path.indexOf('/') >= 0) {
      throw new IllegalArgumentException("a chart looks like name.format?parameters, was " + text);
    }
    return new UrlTail(text, decode(path.substring(0, dot)), decode(path.substring(dot + 1)),
        query(uri.getRawQuery()));
  }

  /** {@code name.extension?a=1&b=x%20y}, every part percent-encoded as {@code ChartUrls} does. */
  String encoded() {
    List<String> pairs = new ArrayList<>();
    query.forEach((name, values) -> values.forEach(value ->
        pairs.add(UrlSigner.encode(name) + "=" + UrlSigner.encode(value))));
    return UrlSigner.encode(chart) + "." + UrlSigner.encode(extension)
        + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return query;
  }

  private static String decode(String raw) {
    return URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }
}
