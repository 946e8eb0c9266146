package dev.chartserve.web;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import dev.chartserve.cdi.Figures;
import dev.chartserve.guard.Rejection;
import dev.chartserve.pyplot.Pyplot;
import dev.chartserve.web.internal.AppState;
import dev.chartserve.web.internal.Settings;
import dev.chartserve.web.internal.Problem;
import dev.chartserve.web.internal.Startup;
import dev.chartserve.web.internal.StartupReport;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Wraps every chart request. Before it: the start-up check has run (it runs now if it has not), and
 * when fonts are broken the request gets a 503 that says what to install instead of an
 * {@code InternalError} ({@code /charts/_health} still answers, to say so). After it, whatever happened: every figure the request made is closed.
 */
public class ChartFilter implements Filter {
  public static final String NAME = "ChartServeFilter";
  public static final String URL_PATTERN = "/charts/*";

  private static final Logger LOG = System.getLogger(ChartFilter.class.getName());

  private StartupReport startup;
  private AppState state;
  private volatile Figures figures;

  @Override
  public void init(FilterConfig config) {
    state = AppState.ensure(config.getServletContext());
    startup = Startup.ensure(config.getServletContext());
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!startup.canRender() && !isHealth((HttpServletRequest) request)) {
      writeProblem((HttpServletResponse) response, Problem.rendererUnavailable(startup.renderProblem()));
      return;
    }
    HttpServletRequest http = (HttpServletRequest) request;
    if (state.settings().mode() == Settings.Mode.GLOBAL_LOCK && !isHealth(http)) {
      globallyLocked(http, (HttpServletResponse) response, chain);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      closeFigures();
    }
  }

  /**
   * Global-lock mode: the whole request under pyplot's one fair lock, as legacy code that shares
   * charts or datasets needs. Waiting is bounded like the render gate's queue: at most
   * {@code maxQueuedRenders} waiting, each for at most {@code queueTimeout}; beyond, a 503.
   */
  private void globallyLocked(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ReentrantLock lock = Pyplot.globalLock();
    Settings settings = state.settings();
    long start = System.nanoTime();
    boolean locked = false;
    try {
      if (lock.getQueueLength() < settings.maxQueuedRenders()) {
        locked = lock.tryLock(settings.queueTimeout().toNanos(), TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long waited = System.nanoTime() - start;
    if (!locked) {
      state.metrics().rejected();
      Rejection rejection = new Rejection(
          waited == 0 || lock.getQueueLength() >= settings.maxQueuedRenders()
              ? Rejection.Limit.QUEUE_FULL : Rejection.Limit.QUEUE_TIMEOUT,
          TimeUnit.NANOSECONDS.toMillis(waited), 1, lock.getQueueLength(), 1, settings.maxQueuedRenders(),
          settings.queueTimeout().toMillis());
      LOG.log(Level.INFO, request.getRequestURI() + ": " + rejection.message() + " (global lock)");
      writeProblem(response, Problem.overloaded(rejection));
      return;
    }
    state.metrics().lockWaited(waited);
    long held = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      try {
        closeFigures();
        Pyplot.close("all"); // the shared state starts empty for the next request
      } finally {
        state.metrics().lockHeld(System.nanoTime() - held);
        lock.unlock();
      }
    }
  }

  private void closeFigures() {
    try {
      Figures current = figures;
      if (current == null) {
        current = CDI.current().select(Figures.class).get(); // a proxy to each request's own bean
        figures = current;
      }
      current.closeAll();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not close the request's figures", e);
    }
  }

  private static boolean isHealth(HttpServletRequest request) {
    return "/_health".equals(request.getPathInfo())
        || request.getRequestURI().endsWith("/charts/_health");
  }

  private static void writeProblem(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    if (problem.retryAfterSeconds() > 0) {
      response.setHeader("Retry-After", Long.toString(problem.retryAfterSeconds()));
    }
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(problem.toJson());
  }
}
