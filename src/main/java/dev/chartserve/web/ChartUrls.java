package dev.chartserve.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.chartserve.guard.internal.UrlSigner;
import dev.chartserve.web.internal.AppState;
import jakarta.servlet.ServletContext;

/**
 * Builds the URLs of an application's charts, with the context path, percent-encoded parameters and,
 * when {@code chartserve.signing.key} is set, the signature the server will ask for.
 *
 * <pre>{@code
 * String src = ChartUrls.of(servletContext).url("seed-hist", "png", Map.of("width", 320, "scale", 2));
 * // "/chartserve/charts/seed-hist.png?width=320&scale=2&sig=…"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ChartUrls {
  private final String contextPath;
  private final Optional<UrlSigner> signer;

  ChartUrls(String contextPath, Optional<UrlSigner> signer) {
    this.contextPath = Objects.requireNonNull(contextPath, "contextPath");
    this.signer = Objects.requireNonNull(signer, "signer");
  }

  /** The URL builder of the application that owns {@code context}. */
  public static ChartUrls of(ServletContext context) {
    Objects.requireNonNull(context, "context");
    return new ChartUrls(context.getContextPath(), AppState.ensure(context).signer());
  }

  /** Whether the URLs this builder makes carry a signature. */
  public boolean signs() {
    return signer.isPresent();
  }

  /**
   * The path of {@code chart} in {@code format}, from the server's root, with {@code parameters} in
   * their iteration order (values through {@link String#valueOf(Object)}) and the signature last.
   */
  public String url(String chart, String format, Map<String, ?> parameters) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(parameters, "parameters");
    Map<String, List<String>> values = new LinkedHashMap<>();
    parameters.forEach((name, value) ->
        values.put(Objects.requireNonNull(name, "parameter name"), List.of(String.valueOf(value))));
    List<String> pairs = new ArrayList<>();
    values.forEach((name, list) -> pairs.add(UrlSigner.encode(name) + "=" + UrlSigner.encode(list.get(0))));
    signer.ifPresent(s -> pairs.add(UrlSigner.PARAMETER + "=" + s.sign(chart, format, values)));
    String query = pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    return contextPath + "/charts/" + UrlSigner.encode(chart) + "." + UrlSigner.encode(format) + query;
  }
}
