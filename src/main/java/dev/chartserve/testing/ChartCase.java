package dev.chartserve.testing;

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
    UrlTail tail;
    try {
      tail = UrlTail.parse(urlTail);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a chart case looks like name.format?parameters, was " + urlTail, e);
    }
    ImageFormat format = ImageFormat.forExtension(tail.extension()).orElseThrow(() ->
        new IllegalArgumentException("unknown format in " + urlTail));
    try {
      return new ChartCase(urlTail, producer, ChartRequest.parse(tail.chart(), format, tail.query(),
          producer.parameters()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(urlTail + ": " + e.getMessage(), e);
    }
  }
}
