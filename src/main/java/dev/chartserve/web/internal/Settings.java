package dev.chartserve.web.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import dev.chartserve.figure.internal.style.FontFallback;

import dev.chartserve.guard.internal.UrlSigner;

/**
 * ChartServe's configuration, read once when the application starts, validated, then frozen.
 * Each key can be a servlet context-param or a system property; the system property wins. An invalid
 * value fails the deployment with a message that names the key, the allowed values and the bad value.
 *
 * @param mode                 {@code chartserve.mode}: {@code concurrent} (default) or {@code global-lock}
 * @param maxConcurrentRenders {@code chartserve.maxConcurrentRenders}: renders at once; default the number
 *                             of processors; 1 in global-lock mode
 * @param maxQueuedRenders     {@code chartserve.maxQueuedRenders}: the hard cap on requests waiting for a
 *                             render slot (within it, a request waits when its predicted wait fits in
 *                             the queue timeout); default the server's request threads (the HTTP
 *                             connector's), {@value #DEFAULT_SERVER_THREADS} if they cannot be found
 * @param queueTimeout         {@code chartserve.queueTimeout} (ms): how long a request may wait; a request
 *                             predicted to wait longer is refused at once; default 5000
 * @param renderTimeout        {@code chartserve.renderTimeout} (ms): how long one chart may take to
 *                             build and draw; past it the figure stops it; default 10000
 * @param maxPixels            {@code chartserve.maxPixels}: the most pixels one image may have; default
 *                             16777216 (16 MP)
 * @param signingKeys          {@code chartserve.signing.key}: one or more comma-separated secrets of at
 *                             least 16 characters; when set, chart URLs must be signed (the first key
 *                             signs, every key verifies). Empty: URLs are not signed.
 * @param warmUp               {@code chartserve.warmUp} is not {@code none}: once started, the application
 *                             sends itself {@code /charts/_health} and the charts below over HTTP
 *                             ({@link SelfRequests}); default on
 * @param warmUpCharts         {@code chartserve.warmUp}: chart files to request once at start, separated by
 *                             commas ({@code sales.png,sales.svg}), default size and parameters; default
 *                             none (only {@code _health}: no chart code runs unasked)
 * @param warmUpPort           {@code chartserve.warmUp.port}: the server's HTTP port on loopback; default 0:
 *                             found from Tomcat's or WildFly's JMX beans
 * @param cacheMaxBytes        {@code chartserve.cache.maxBytes}: the most bytes of encoded images kept in
 *                             memory, by entity tag; default 0: no cache
 * @param fonts                {@code chartserve.fonts}: the fallback fonts for text DejaVu Sans cannot
 *                             show, in order, separated by commas: font files, class-path font
 *                             resources or installed family names; default empty: the installed faces
 *                             of {@link FontFallback#DEFAULT_FAMILIES}
 * @param configuredFonts      {@code fonts}, loaded (once, when the settings are read); empty when
 *                             {@code fonts} is
 */
public record Settings(Mode mode, int maxConcurrentRenders, int maxQueuedRenders, Duration queueTimeout,
    Duration renderTimeout, long maxPixels, List<String> signingKeys, boolean warmUp,
    List<String> warmUpCharts, int warmUpPort, long cacheMaxBytes, List<String> fonts,
    Optional<FontFallback> configuredFonts) {

  public static final String MODE = "chartserve.mode";
  public static final String MAX_CONCURRENT_RENDERS = "chartserve.maxConcurrentRenders";
  public static final String MAX_QUEUED_RENDERS = "chartserve.maxQueuedRenders";
  public static final String QUEUE_TIMEOUT = "chartserve.queueTimeout";
  public static final String RENDER_TIMEOUT = "chartserve.renderTimeout";
  public static final String MAX_PIXELS = "chartserve.maxPixels";
  public static final String SIGNING_KEY = "chartserve.signing.key";
  public static final String WARM_UP = "chartserve.warmUp";
  public static final String WARM_UP_PORT = "chartserve.warmUp.port";
  public static final String CACHE_MAX_BYTES = "chartserve.cache.maxBytes";
  public static final String FONTS = "chartserve.fonts";
  /** Demo only: {@code true} serves the fault charts ({@code fault-throws}). Checked here, read by them. */
  public static final String DEMO_FAULTS = "chartserve.demo.faults";

  static final long DEFAULT_QUEUE_TIMEOUT_MILLIS = 5000;
  static final long DEFAULT_RENDER_TIMEOUT_MILLIS = 10_000;
  static final long DEFAULT_MAX_PIXELS = 16L * 1024 * 1024;
  /** The request threads assumed when the server's cannot be found: Tomcat's default {@code maxThreads}. */
  public static final int DEFAULT_SERVER_THREADS = 200;
  static final long MAX_CACHE_BYTES = 1L << 40;

  /** How chart requests share the renderer. */
  public enum Mode {
    /** Renders run in parallel, each in figures of its own request (the default). */
    CONCURRENT("concurrent"),
    /** One render at a time, under one fair lock: for legacy code that shares charts or datasets. */
    GLOBAL_LOCK("global-lock");

    private final String key;

    Mode(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /**
   * Reads every key, from {@code systemProperty} first, then {@code contextParam}.
   *
   * @param processors    the processors the JVM has: the default of {@code maxConcurrentRenders}
   * @param serverThreads the server's request threads, the default of {@code maxQueuedRenders}; 0 if
   *                      unknown ({@value #DEFAULT_SERVER_THREADS} is taken then)
   * @throws IllegalArgumentException naming the key, the allowed values and the value found
   */
  public static Settings read(UnaryOperator<String> contextParam, UnaryOperator<String> systemProperty,
      int processors, int serverThreads) {
    Source source = new Source(contextParam, systemProperty);
    String modeText = source.get(MODE);
    Mode mode = Mode.CONCURRENT;
    if (modeText != null) {
      mode = switch (modeText.strip().toLowerCase(Locale.ROOT)) {
        case "concurrent" -> Mode.CONCURRENT;
        case "global-lock" -> Mode.GLOBAL_LOCK;
        default -> throw new IllegalArgumentException(
            MODE + " must be concurrent or global-lock, was \"" + modeText + "\"");
      };
    }
    int defaultConcurrent = mode == Mode.GLOBAL_LOCK ? 1 : Math.max(1, processors);
    int maxConcurrent = (int) source.number(MAX_CONCURRENT_RENDERS, defaultConcurrent, 1, 10_000);
    if (mode == Mode.GLOBAL_LOCK && maxConcurrent != 1) {
      throw new IllegalArgumentException(MAX_CONCURRENT_RENDERS + " must be 1 when " + MODE
          + "=global-lock, was " + maxConcurrent);
    }
    int defaultQueued = serverThreads > 0 ? Math.min(serverThreads, 100_000) : DEFAULT_SERVER_THREADS;
    int maxQueued = (int) source.number(MAX_QUEUED_RENDERS, defaultQueued, 0, 100_000);
    long queueTimeoutMillis = source.number(QUEUE_TIMEOUT, DEFAULT_QUEUE_TIMEOUT_MILLIS, 0, 600_000);
    long renderTimeoutMillis = source.number(RENDER_TIMEOUT, DEFAULT_RENDER_TIMEOUT_MILLIS, 1, 600_000);
    long maxPixels = source.number(MAX_PIXELS, DEFAULT_MAX_PIXELS, 1, 268_435_456);
    List<String> signingKeys = signingKeys(source.get(SIGNING_KEY));
    String faults = source.get(DEMO_FAULTS);
    if (faults != null && !faults.equals("true") && !faults.equals("false")) {
      throw new IllegalArgumentException(DEMO_FAULTS + " must be true or false, was \"" + faults + "\"");
    }
    String warmUpText = source.get(WARM_UP);
    boolean warmUp = warmUpText == null || !warmUpText.strip().equalsIgnoreCase("none");
    List<String> warmUpCharts = warmUp ? warmUpCharts(warmUpText) : List.of();
    int warmUpPort = (int) source.number(WARM_UP_PORT, 0, 0, 65_535);
    long cacheMaxBytes = source.number(CACHE_MAX_BYTES, 0, 0, MAX_CACHE_BYTES);
    List<String> fonts = fonts(source.get(FONTS));
    // loaded here, once: an entry that does not load fails the deployment naming the key
    Optional<FontFallback> configuredFonts = fonts.isEmpty() ? Optional.empty()
        : Optional.of(FontFallback.parse(FONTS, fonts, loader()));
    return new Settings(mode, maxConcurrent, maxQueued, Duration.ofMillis(queueTimeoutMillis),
        Duration.ofMillis(renderTimeoutMillis), maxPixels, signingKeys, warmUp, warmUpCharts, warmUpPort,
        cacheMaxBytes, fonts, configuredFonts);
  }

  public Settings {
    signingKeys = List.copyOf(signingKeys);
    warmUpCharts = List.copyOf(warmUpCharts);
    fonts = List.copyOf(fonts);
  }

  /** The fallback fonts of {@link #fonts}, loaded; the installed default when none are set. */
  public FontFallback fontFallback() {
    return configuredFonts.orElseGet(FontFallback::current);
  }

  private static ClassLoader loader() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return loader != null ? loader : Settings.class.getClassLoader();
  }

  /** The entries of {@code chartserve.fonts}, in order. */
  private static List<String> fonts(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::strip).filter(e -> !e.isEmpty()).toList();
  }

  /** Never shows the keys. */
  @Override
  public String toString() {
    return "Settings[mode=" + mode.key() + ", maxConcurrentRenders=" + maxConcurrentRenders
        + ", maxQueuedRenders=" + maxQueuedRenders + ", queueTimeout=" + queueTimeout.toMillis() + " ms"
        + ", renderTimeout=" + renderTimeout.toMillis() + " ms"
        + ", maxPixels=" + maxPixels + ", signing=" + (signingKeys.isEmpty() ? "off" : signingKeys.size() + " key(s)")
        + ", warmUp=" + (warmUp ? String.join(",", warmUpCharts.isEmpty() ? List.of("_health") : warmUpCharts) : "none")
        + (warmUpPort > 0 ? ", warmUpPort=" + warmUpPort : "")
        + ", cache=" + (cacheMaxBytes == 0 ? "off" : cacheMaxBytes + " bytes")
        + (fonts.isEmpty() ? "" : ", fonts=" + String.join(",", fonts))
        + "]";
  }

  private static final Pattern WARM_UP_CHART = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9]+");

  private static List<String> warmUpCharts(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> charts = Arrays.stream(text.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    for (String chart : charts) {
      if (!WARM_UP_CHART.matcher(chart).matches()) {
        throw new IllegalArgumentException(WARM_UP + " must be none, or chart files separated by commas"
            + " (e.g. sales.png,sales.svg), was \"" + text + "\"");
      }
    }
    return charts;
  }

  private static List<String> signingKeys(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> keys = Arrays.stream(text.split(",")).map(String::strip).toList();
    try {
      new UrlSigner(keys);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(SIGNING_KEY + ": " + e.getMessage()
          + " (one or more comma-separated secrets)");
    }
    return keys;
  }

  private record Source(UnaryOperator<String> contextParam, UnaryOperator<String> systemProperty) {
    String get(String key) {
      String value = systemProperty.apply(key);
      return value != null ? value : contextParam.apply(key);
    }

    long number(String key, long defaultValue, long min, long max) {
      String text = get(key);
      if (text == null) {
        return defaultValue;
      }
      long value;
      try {
        value = Long.parseLong(text.strip());
      } catch (NumberFormatException e) {
        value = min - 1;
      }
      if (value < min || value > max) {
        throw new IllegalArgumentException(key + " must be a whole number from " + min + " to " + max
            + ", was \"" + text + "\"");
      }
      return value;
    }
  }
}
