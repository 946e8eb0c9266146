package dev.chartserve.web.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;

import dev.chartserve.figure.Deadline;
import dev.chartserve.guard.internal.RenderGate;
import dev.chartserve.guard.internal.RenderMetrics;
import dev.chartserve.pyplot.Pyplot;
import dev.chartserve.pyplot.PyplotScope;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Everything {@code chartserve.mode} changes for a chart request, in one place: how the request is
 * admitted and where pyplot-style code keeps its current figure.
 *
 * <ul>
 *   <li>{@code concurrent} (the default): each render takes a permit of the render gate; pyplot code
 *       gets a scope of its own per render, closed when the render ends, so it is safe with no lock
 *       and leaks nothing even if it never calls {@code close()}.
 *   <li>{@code global-lock}: a chart request ({@link #enterRequest}) or a page's in-process draw
 *       ({@link #enterRender}, when no request holds the lock yet) takes the gate's one permit and
 *       then {@link Pyplot#globalLock()}, and holds both to its end; pyplot code uses the one
 *       process-wide scope, as matplotlib's pyplot has. The wait is bounded exactly as a render's:
 *       the gate predicts it, caps the queue and times it out.
 * </ul>
 *
 * Every refusal, in either mode, is the gate's {@link dev.chartserve.guard.internal.Rejection}, counted and
 * logged here and turned into the same 503. Pyplot's state lives in the application's own class
 * loader, so two applications on one server never share it; it is reset when the application stops.
 */
public final class ChartMode implements ServletContextListener {
  private static final Logger LOG = System.getLogger(ChartMode.class.getName());

  /** What an admission holds until it is closed: nothing, a render permit, or the global lock. */
  public interface Admission extends AutoCloseable {
    /** The admission that holds nothing. */
    Admission NONE = () -> {
    };

    @Override
    void close();
  }

  /** Sets pyplot's mode when the application starts. */
  public static void start(Settings settings) {
    Pyplot.reset();
    Pyplot.useGlobalLock(settings.mode() == Settings.Mode.GLOBAL_LOCK);
  }

  /**
   * Admits a whole chart request ({@code what} names it in a refusal's log line): in
   * {@code global-lock} mode the global lock; in {@code concurrent} mode nothing, since each of its
   * renders is admitted by {@link #enterRender}.
   *
   * @throws ProblemException 503 with {@code Retry-After} if the request is refused
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  public static Admission enterRequest(AppState state, String what) throws InterruptedException {
    if (state.settings().mode() != Settings.Mode.GLOBAL_LOCK) {
      return Admission.NONE;
    }
    return globalLock(state, what);
  }

  /**
   * Admits one render: in {@code concurrent} mode a permit of the render gate; in {@code global-lock}
   * mode the global lock, unless this thread's request already holds it (a page is not a chart
   * request, so nothing took it for the page).
   *
   * @throws ProblemException 503 with {@code Retry-After} if the render is refused
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  public static Admission enterRender(AppState state, Object what) throws InterruptedException {
    if (state.settings().mode() != Settings.Mode.GLOBAL_LOCK) {
      RenderGate.Permit permit = permit(state, what);
      return permit::close;
    }
    return Pyplot.globalLock().isHeldByCurrentThread() ? Admission.NONE : globalLock(state, what);
  }

  /** Runs {@code draw} with pyplot state for one render under {@code deadline}. */
  public static <T> T drawing(Settings settings, Deadline deadline, Callable<T> draw) throws Exception {
    if (settings.mode() == Settings.Mode.GLOBAL_LOCK) {
      // the request holds the global lock to its end; the global scope follows this render's deadline
      Pyplot.globalScope().setDeadline(deadline);
      return draw.call();
    }
    PyplotScope scope = new PyplotScope(deadline);
    try {
      try (Pyplot.Binding binding = Pyplot.bind(scope)) {
        return draw.call();
      }
    } finally {
      scope.close(); // every figure pyplot code made for this render, closed or not
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    Pyplot.reset();
  }

  /** The gate's one permit (global-lock mode forces one slot), then pyplot's lock, both held to the end. */
  private static Admission globalLock(AppState state, Object what) throws InterruptedException {
    RenderMetrics metrics = state.metrics();
    long start = System.nanoTime();
    RenderGate.Permit permit = permit(state, what);
    ReentrantLock lock = Pyplot.globalLock();
    // free at once: the one permit admits one of this application's requests at a time, and the lock
    // is this application's (pyplot lives in its class loader)
    lock.lock();
    long held = System.nanoTime();
    metrics.lockWaited(held - start);
    return () -> {
      try {
        Pyplot.close("all"); // the next request starts from empty shared state
      } finally {
        metrics.lockHeld(System.nanoTime() - held);
        lock.unlock();
        permit.close();
      }
    };
  }

  private static RenderGate.Permit permit(AppState state, Object what) throws InterruptedException {
    try {
      return state.gate().acquire();
    } catch (RenderGate.Rejected e) {
      state.metrics().rejected();
      LOG.log(Level.INFO, what + ": " + e.getMessage());
      throw new ProblemException(Problem.overloaded(e.rejection()));
    }
  }
}
