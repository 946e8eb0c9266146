package dev.chartserve.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Objects;

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.render.ImageFormat;

/**
 * One chart for the {@link ConcurrencyHarness}: a producer and the request it answers, written as the
 * tail of its URL ({@code "seed-hist.png?width=320&scale=2"}), with the server's own rules.
 *
 * @param label    the URL tail, for reports
 * @param producer draws the chart; called from many threads at once, as a server would
 * @param request  the parsed request
 */
public record ChartCase(String label, ChartProducer producer, ChartRequest request) {
  public ChartCase {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(request, "request");
  }

  /**
   * A case from a URL tail such as {@code "seed-hist.png?width=320"}.
   *
   * @throws IllegalArgumentException if the format or a parameter is not one the server accepts
   */
  public static ChartCase of(ChartProducer producer, String urlTail) {
    Objects.requireNonNull(urlTail, "urlTail");
    URI uri = URI.create(urlTail);
    String path = uri.getRawPath();
    int dot = path.lastIndexOf('.');
    if (dot <= 0) {
      throw new IllegalArgumentException("a chart case looks like name.format?parameters, was " + urlTail);
    }
    String name = path.substring(0, dot);
    ImageFormat format = ImageFormat.forExtension(path.substring(dot + 1)).orElseThrow(() ->
        new IllegalArgumentException("unknown format in " + urlTail));
    try {
      return new ChartCase(urlTail, producer, ChartRequest.parse(name, format, query(uri.getRawQuery()),
          producer.parameters()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(urlTail + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return query;
  }
}
