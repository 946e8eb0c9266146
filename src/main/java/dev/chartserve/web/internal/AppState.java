package dev.chartserve.web.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

import dev.chartserve.figure.internal.style.FontFallback;
import dev.chartserve.guard.internal.ImageCache;
import dev.chartserve.guard.internal.InFlight;
import dev.chartserve.guard.internal.RenderGate;
import dev.chartserve.guard.internal.RenderMetrics;
import dev.chartserve.guard.internal.SingleFlight;
import dev.chartserve.guard.internal.UrlSigner;
import jakarta.servlet.ServletContext;

/**
 * What one application's ChartServe holds for its lifetime: its settings, its render gate, its
 * metrics, the renders in flight (by entity tag, so identical requests share one), the image cache
 * when {@code chartserve.cache.maxBytes} is set, the URL signer when signing is on, and the
 * fingerprint of what its images' bytes depend on (part of every entity tag). Kept in
 * a servlet context attribute, never in a static field, so two applications on one server never share
 * it and an undeploy leaves nothing behind.
 */
public record AppState(Settings settings, RenderGate gate, RenderMetrics metrics, InFlight inFlight,
    SingleFlight<byte[]> identicalRenders, Optional<ImageCache> cache, Optional<UrlSigner> signer,
    Fingerprint fingerprint) {
  public static final String ATTRIBUTE = "dev.chartserve.state";

  private static final Logger LOG = System.getLogger(AppState.class.getName());
  private static final Object LOCK = new Object();

  /**
   * This application's state, made on first use from its context-params and the system properties.
   *
   * @throws IllegalArgumentException if a setting is invalid (which fails the deployment)
   */
  public static AppState ensure(ServletContext context) {
    synchronized (LOCK) {
      if (context.getAttribute(ATTRIBUTE) instanceof AppState state) {
        return state;
      }
      Settings settings = Settings.read(context::getInitParameter, System::getProperty,
          Runtime.getRuntime().availableProcessors(), ServerThreads.find().orElse(0));
      FontFallback.install(settings.fontFallback()); // once: every render draws with the same faces
      AppState state = of(settings);
      context.setAttribute(ATTRIBUTE, state);
      LOG.log(Level.INFO, "ChartServe " + settings);
      LOG.log(Level.INFO, "ChartServe " + state.fingerprint().summary());
      return state;
    }
  }

  /**
   * A new application state for {@code settings}: an idle gate, empty metrics, no renders in flight,
   * and the fingerprint of the font registry in use ({@link FontFallback#current()}).
   */
  static AppState of(Settings settings) {
    return new AppState(settings,
        new RenderGate(settings.maxConcurrentRenders(), settings.maxQueuedRenders(), settings.queueTimeout()),
        new RenderMetrics(),
        new InFlight(),
        new SingleFlight<>(),
        settings.cacheMaxBytes() == 0 ? Optional.empty() : Optional.of(new ImageCache(settings.cacheMaxBytes())),
        settings.signingKeys().isEmpty() ? Optional.empty() : Optional.of(new UrlSigner(settings.signingKeys())),
        Fingerprint.of(FontFallback.current()));
  }
}
