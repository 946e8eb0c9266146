package dev.chartserve.web.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import dev.chartserve.guard.RenderGate;
import dev.chartserve.guard.RenderMetrics;
import jakarta.servlet.ServletContext;

/**
 * What one application's ChartServe holds for its lifetime: its settings, its render gate and its
 * metrics. Kept in
 * a servlet context attribute, never in a static field, so two applications on one server never share
 * it and an undeploy leaves nothing behind.
 */
public record AppState(Settings settings, RenderGate gate, RenderMetrics metrics) {
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
          Runtime.getRuntime().availableProcessors());
      AppState state = new AppState(settings,
          new RenderGate(settings.maxConcurrentRenders(), settings.maxQueuedRenders(), settings.queueTimeout()),
          new RenderMetrics());
      context.setAttribute(ATTRIBUTE, state);
      LOG.log(Level.INFO, "ChartServe settings: mode=" + settings.mode().key()
          + ", maxConcurrentRenders=" + settings.maxConcurrentRenders()
          + ", maxQueuedRenders=" + settings.maxQueuedRenders()
          + ", queueTimeout=" + settings.queueTimeout().toMillis() + " ms"
          + ", maxPixels=" + settings.maxPixels());
      return state;
    }
  }
}
