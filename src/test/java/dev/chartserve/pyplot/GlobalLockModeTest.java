package dev.chartserve.pyplot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.chartserve.figure.Deadline;
import dev.chartserve.figure.Figure;

class GlobalLockModeTest {
  private static final String NO_LOCK = "pyplot is in global-lock mode and thread %s does not hold"
      + " Pyplot.globalLock(): take the lock around the whole chart request (lock() before drawing,"
      + " unlock() in finally)";

  private final ReentrantLock lock = Pyplot.globalLock();

  @AfterEach
  void backToConcurrentMode() {
    Pyplot.reset();
    assertFalse(Pyplot.usesGlobalLock());
    assertFalse(lock.isHeldByCurrentThread(), "a test left the global lock held");
  }

  @Test
  void theGlobalLockIsOneFairLock() {
    assertSame(lock, Pyplot.globalLock());
    assertTrue(lock.isFair());
  }

  @Test
  void concurrentModeIsTheDefault() {
    assertFalse(Pyplot.usesGlobalLock());
    assertNotSame(Scopes.GLOBAL, Pyplot.scope());
  }

  @Test
  void everyAccessorRefusesToRunWithoutTheLock() {
    Pyplot.useGlobalLock(true);
    String message = String.format(NO_LOCK, Thread.currentThread().getName());
    for (Executable call : new Executable[] {Pyplot::gcf, Pyplot::gca, Pyplot::figure, Pyplot::close,
        () -> Pyplot.close("all"), () -> Pyplot.plot(new double[] {1}), () -> Pyplot.title("t"),
        () -> Pyplot.hist(new double[] {1}, 1), () -> Pyplot.figure(new Figure()), Pyplot::scope,
        Pyplot::globalScope, Pyplot::clf}) {
      IllegalStateException e = assertThrows(IllegalStateException.class, call);
      assertEquals(message, e.getMessage());
    }
  }

  @Test
  void withTheLockEveryThreadSharesTheOneCurrentFigure() throws Exception {
    Pyplot.useGlobalLock(true);
    Figure fig;
    lock.lock();
    try {
      fig = Pyplot.figure();
      assertSame(Pyplot.globalScope(), Pyplot.scope());
    } finally {
      lock.unlock();
    }
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Figure seen = other.submit(() -> {
        lock.lock();
        try {
          return Pyplot.gcf();
        } finally {
          lock.unlock();
        }
      }).get(1, TimeUnit.MINUTES);
      assertSame(fig, seen, "as in matplotlib, one current figure for the process");
    } finally {
      other.shutdown();
    }
    lock.lock();
    try {
      Pyplot.close("all"); // what the server does before releasing the lock
    } finally {
      lock.unlock();
    }
    assertTrue(fig.isClosed());
  }

  @Test
  void theGlobalScopeGivesItsFiguresTheDeadlineSetForTheRequest() {
    Pyplot.useGlobalLock(true);
    Deadline deadline = Deadline.after(Duration.ofHours(1));
    lock.lock();
    try {
      Pyplot.globalScope().setDeadline(deadline);
      assertSame(deadline, Pyplot.figure().deadline());
      Pyplot.close("all");
    } finally {
      lock.unlock();
    }
  }

  @Test
  void theGlobalScopeCannotBeClosed() {
    Pyplot.useGlobalLock(true);
    lock.lock();
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pyplot.globalScope().close());
      assertEquals("the global pyplot scope lives as long as the application: close its figures with"
          + " Pyplot.close(\"all\") or Pyplot.globalScope().closeFigures()", e.getMessage());
    } finally {
      lock.unlock();
    }
  }

  @Test
  void bindingAScopeIsRefusedInGlobalLockMode() {
    Pyplot.useGlobalLock(true);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pyplot.bind(new PyplotScope()));
    assertEquals("pyplot is in global-lock mode: there is one process-wide scope and no per-thread"
        + " binding; hold Pyplot.globalLock() instead", e.getMessage());
  }

  @Test
  void leavingGlobalLockModeWithFiguresOpenIsRefused() {
    Pyplot.useGlobalLock(true);
    lock.lock();
    try {
      Pyplot.figure();
      Pyplot.figure();
    } finally {
      lock.unlock();
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pyplot.useGlobalLock(false));
    assertEquals("cannot leave global-lock mode: the global pyplot scope has 2 open figures;"
        + " close them first (Pyplot.close(\"all\"))", e.getMessage());
    assertTrue(Pyplot.usesGlobalLock());
  }

  @Test
  void enteringGlobalLockModeWithFiguresOpenIsRefused() {
    Pyplot.figure();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pyplot.useGlobalLock(true));
    assertEquals("cannot switch pyplot to global-lock mode: the pyplot scope of thread "
        + Thread.currentThread().getName() + " has 1 open figure; close them first"
        + " (Pyplot.close(\"all\"))", e.getMessage());
    assertFalse(Pyplot.usesGlobalLock());
    Pyplot.close("all");
  }

  @Test
  void enteringGlobalLockModeWithAScopeBoundIsRefused() {
    try (PyplotScope scope = new PyplotScope(); Pyplot.Binding binding = Pyplot.bind(scope)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pyplot.useGlobalLock(true));
      assertEquals("cannot switch pyplot to global-lock mode while a scope is bound to this thread:"
          + " close its binding first", e.getMessage());
    }
  }

  @Test
  void switchingBackAndForthWithNothingOpenIsAllowed() {
    Pyplot.useGlobalLock(true);
    Pyplot.useGlobalLock(true);
    assertTrue(Pyplot.usesGlobalLock());
    Pyplot.useGlobalLock(false);
    assertFalse(Pyplot.usesGlobalLock());
    Pyplot.figure();
    Pyplot.close();
  }

  @Test
  void resetClosesTheGlobalFiguresAndReturnsToConcurrentMode() {
    Pyplot.useGlobalLock(true);
    Figure fig;
    lock.lock();
    try {
      fig = Pyplot.figure();
    } finally {
      lock.unlock();
    }
    Pyplot.reset();
    assertTrue(fig.isClosed());
    assertFalse(Pyplot.usesGlobalLock());
    assertNotSame(fig, Pyplot.gcf());
    Pyplot.close();
  }
}
