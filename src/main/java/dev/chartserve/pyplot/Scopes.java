package dev.chartserve.pyplot;

import java.util.concurrent.locks.ReentrantLock;

import dev.chartserve.figure.Deadline;

/**
 * Finds the scope a {@link Pyplot} call acts on: in concurrent mode the scope bound to the calling
 * thread (else that thread's own default scope), in global-lock mode the one global scope, and only
 * for the holder of the global lock.
 *
 * <p>{@link #GLOBAL}, {@link #LOCK} and {@link #globalLockMode} are ChartServe's one deliberate piece of
 * process-wide mutable state (global-lock mode, as matplotlib's pyplot has); {@link #BOUND} is a
 * {@code ThreadLocal}, confined to each thread.
 */
final class Scopes {
  static final ReentrantLock LOCK = new ReentrantLock(true);
  static final PyplotScope GLOBAL = new PyplotScope("the global pyplot scope", Deadline.none(), false);
  private static final ThreadLocal<PyplotScope> BOUND = new ThreadLocal<>();
  /** Written under {@link #LOCK}; read without it to choose the path. */
  private static volatile boolean globalLockMode;

  private Scopes() {
  }

  /** The scope the calling thread's pyplot calls act on. */
  static PyplotScope current() {
    if (globalLockMode) {
      checkLockHeld();
      return GLOBAL;
    }
    PyplotScope scope = BOUND.get();
    if (scope == null) {
      scope = new PyplotScope("the pyplot scope of thread " + Thread.currentThread().getName(),
          Deadline.none(), true);
      scope.bound();
      BOUND.set(scope);
    }
    return scope;
  }

  /** After a close: a thread's default scope with nothing open is dropped, so it pins nothing. */
  static void forgetIfIdle(PyplotScope scope) {
    if (!globalLockMode && scope.isDefault() && BOUND.get() == scope && scope.isEmpty()) {
      BOUND.remove();
    }
  }

  static void checkLockHeld() {
    if (!LOCK.isHeldByCurrentThread()) {
      throw new IllegalStateException("pyplot is in global-lock mode and thread "
          + Thread.currentThread().getName() + " does not hold Pyplot.globalLock(): take the lock"
          + " around the whole chart request (lock() before drawing, unlock() in finally)");
    }
  }

  static boolean usesGlobalLock() {
    return globalLockMode;
  }

  static Pyplot.Binding bind(PyplotScope scope) {
    if (globalLockMode) {
      throw new IllegalStateException("pyplot is in global-lock mode: there is one process-wide"
          + " scope and no per-thread binding; hold Pyplot.globalLock() instead");
    }
    PyplotScope previous = BOUND.get();
    scope.bound();
    BOUND.set(scope);
    return new Pyplot.Binding(scope, previous, Thread.currentThread());
  }

  static void unbind(Pyplot.Binding binding) {
    if (Thread.currentThread() != binding.thread) {
      throw new IllegalStateException("a pyplot binding must be closed on the thread that made it, "
          + binding.thread.getName() + ", not " + Thread.currentThread().getName());
    }
    if (BOUND.get() != binding.scope) {
      throw new IllegalStateException(
          "pyplot bindings must be closed in the reverse order they were made: " + BOUND.get()
              + " is bound over " + binding.scope);
    }
    binding.scope.unbound();
    if (binding.previous == null) {
      BOUND.remove(); // nothing of ours stays on a pooled server thread
    } else {
      BOUND.set(binding.previous);
    }
  }

  static void useGlobalLock(boolean global) {
    LOCK.lock(); // waits for a global-mode request in progress
    try {
      if (global == globalLockMode) {
        return;
      }
      if (global) {
        PyplotScope mine = BOUND.get();
        if (mine != null && !mine.isDefault()) {
          throw new IllegalStateException("cannot switch pyplot to global-lock mode while a scope is"
              + " bound to this thread: close its binding first");
        }
        if (mine != null && !mine.isEmpty()) {
          throw new IllegalStateException("cannot switch pyplot to global-lock mode: "
              + mine.name() + " has " + figures(mine) + "; close them first (Pyplot.close(\"all\"))");
        }
        BOUND.remove();
      } else if (!GLOBAL.isEmpty()) {
        throw new IllegalStateException("cannot leave global-lock mode: the global pyplot scope has "
            + figures(GLOBAL) + "; close them first (Pyplot.close(\"all\"))");
      }
      globalLockMode = global;
    } finally {
      LOCK.unlock();
    }
  }

  private static String figures(PyplotScope scope) {
    int n = scope.figures().size();
    return n + (n == 1 ? " open figure" : " open figures");
  }

  static void reset() {
    LOCK.lock();
    try {
      GLOBAL.closeFigures();
      GLOBAL.setDeadline(Deadline.none());
      globalLockMode = false;
      PyplotScope mine = BOUND.get();
      if (mine != null && mine.isDefault()) {
        mine.close();
      }
      BOUND.remove();
    } finally {
      LOCK.unlock();
    }
  }
}
