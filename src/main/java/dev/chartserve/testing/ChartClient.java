package dev.chartserve.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.chartserve.guard.internal.UrlSigner;

/**
 * Fetches charts over HTTP from a deployed application, as a browser would: by name and parameters,
 * signed when the application has {@code chartserve.signing.key} set, and decodes raster images for
 * assertions. With Arquillian:
 *
 * <pre>{@code
 * @ArquillianResource URL base;   // the deployed archive's root
 *
 * @Test
 * void northernSalesAreDrawnAt320Pixels() throws Exception {
 *   BufferedImage png = ChartClient.of(base).signingKey(KEY).png("sales", Map.of("region", "north", "width", 320));
 *   assertEquals(320, png.getWidth());
 * }
 * }</pre>
 *
 * <p>Charts are addressed relative to the application: {@code sales.png?region=north} is
 * {@code <base>charts/sales.png?region=north}. Immutable and thread-safe; one client serves any number
 * of threads (the {@link HttpConcurrencyHarness} shares one).
 */
public final class ChartClient {
  /** How long one request may take, connection included, unless {@link #timeout} says otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final URI charts;
  private final Optional<UrlSigner> signer;
  private final Duration timeout;
  private final HttpClient http;

  private ChartClient(URI charts, Optional<UrlSigner> signer, Duration timeout, HttpClient http) {
    this.charts = charts;
    this.signer = signer;
    this.timeout = timeout;
    this.http = http;
  }

  /** A client of the application at {@code base} (its root, as {@code @ArquillianResource URL} gives it). */
  public static ChartClient of(URL base) {
    Objects.requireNonNull(base, "base");
    try {
      return of(base.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("base is no URI: " + base, e);
    }
  }

  /** A client of the application at {@code base}, e.g. {@code http://127.0.0.1:8080/sales/}. */
  public static ChartClient of(URI base) {
    Objects.requireNonNull(base, "base");
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(DEFAULT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    return new ChartClient(URI.create(root).resolve("charts/"), Optional.empty(), DEFAULT_TIMEOUT, http);
  }

  /**
   * A client that signs every URL with {@code key}: the first of the application's
   * {@code chartserve.signing.key} values (comma-separated keys: pass the first).
   */
  public ChartClient signingKey(String key) {
    Objects.requireNonNull(key, "key");
    return new ChartClient(charts, Optional.of(new UrlSigner(List.of(key))), timeout, http);
  }

  /** A client whose requests may take {@code timeout} each; the default is 60 seconds. */
  public ChartClient timeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    return new ChartClient(charts, signer, timeout, http);
  }

  /**
   * The absolute URI of a chart file such as {@code "sales.png?region=north"}, its parts percent-encoded
   * as {@code ChartUrls} encodes them, and signed when this client has a key.
   */
  public URI uri(String urlTail) {
    return uri(UrlTail.parse(urlTail));
  }

  /** {@code GET} of a chart file such as {@code "sales.png?region=north&width=320"}. */
  public ChartResponse get(String urlTail) throws IOException, InterruptedException {
    return get(uri(urlTail));
  }

  /** {@code GET} of {@code chart} in {@code format} ({@code png}, {@code svg}, …) with {@code parameters}. */
  public ChartResponse get(String chart, String format, Map<String, ?> parameters)
      throws IOException, InterruptedException {
    return get(uri(tail(chart, format, parameters)));
  }

  /**
   * The PNG of {@code chart} with {@code parameters}, decoded.
   *
   * @throws AssertionError unless the server answered 200 with {@code image/png}; it says what the
   *                        server answered instead (a problem's detail names the parameter)
   */
  public BufferedImage png(String chart, Map<String, ?> parameters) throws IOException, InterruptedException {
    ChartResponse response = get(chart, "png", parameters);
    if (response.status() != 200 || !response.contentType().equals("image/png")) {
      throw new AssertionError(response + ": " + response.text());
    }
    return response.image();
  }

  ChartResponse get(URI uri) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return new ChartResponse(uri, response.statusCode(), response.headers(), response.body());
  }

  URI uri(UrlTail tail) {
    String path = tail.encoded();
    if (signer.isPresent()) {
      String sig = signer.get().sign(tail.chart(), tail.extension(), tail.query());
      path += (tail.query().isEmpty() ? "?" : "&") + UrlSigner.PARAMETER + "=" + sig;
    }
    return charts.resolve(path);
  }

  private static UrlTail tail(String chart, String format, Map<String, ?> parameters) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(parameters, "parameters");
    Map<String, List<String>> query = new LinkedHashMap<>();
    parameters.forEach((name, value) -> query.put(Objects.requireNonNull(name, "parameter name"),
        List.of(String.valueOf(value))));
    UrlTail tail = new UrlTail("", chart, format, query);
    return new UrlTail(tail.encoded(), chart, format, query);
  }

  @Override
  public String toString() {
    return "ChartClient{" + charts + (signer.isPresent() ? ", signed" : "") + "}";
  }
}
