package dev.chartserve.web.internal;

import java.util.concurrent.Callable;

import dev.chartserve.figure.Deadline;
import dev.chartserve.pyplot.Pyplot;
import dev.chartserve.pyplot.PyplotScope;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Where pyplot-style code keeps its current figure, by {@code chartserve.mode}. In
 * {@code concurrent} mode each chart request gets a scope of its own, closed when the request's
 * render ends, so pyplot code is safe with no lock and leaks nothing even if it never calls
 * {@code close()}. In {@code global-lock} mode there is one process-wide scope, as matplotlib's
 * pyplot has, and the {@link dev.chartserve.web.ChartFilter} holds {@link Pyplot#globalLock()} for
 * the whole request. Pyplot's state lives in the application's own class loader, so two
 * applications on one server never share it; it is reset when the application stops.
 */
public final class PyplotMode implements ServletContextListener {
  /** Sets pyplot's mode when the application starts. */
  public static void start(Settings settings) {
    Pyplot.reset();
    Pyplot.useGlobalState(settings.mode() == Settings.Mode.GLOBAL_LOCK);
  }

  /** Runs {@code draw} with pyplot state for one render under {@code deadline}. */
  public static <T> T drawing(Settings settings, Deadline deadline, Callable<T> draw) throws Exception {
    if (settings.mode() == Settings.Mode.GLOBAL_LOCK) {
      // The filter holds the global lock for the whole request; the global scope follows its deadline.
      Pyplot.globalScope().setDeadline(deadline);
      return draw.call();
    }
    PyplotScope scope = new PyplotScope(deadline);
    try {
      try (Pyplot.Binding binding = Pyplot.bind(scope)) {
        return draw.call();
      }
    } finally {
      scope.close(); // every figure pyplot code made for this request, closed or not
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    Pyplot.reset();
  }
}
