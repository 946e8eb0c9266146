package dev.chartserve.pyplot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.chartserve.figure.Deadline;
import dev.chartserve.figure.DeadlineExceededException;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

class PyplotScopeTest {
  @AfterEach
  void nothingIsLeftBehind() {
    assertFalse(Pyplot.usesGlobalLock());
    Pyplot.reset();
  }

  @Test
  void closingABoundScopeClosesEveryFigureMadeInIt() {
    PyplotScope scope = new PyplotScope();
    Figure a;
    Figure b;
    List<?> grid;
    try (Pyplot.Binding binding = Pyplot.bind(scope)) {
      a = Pyplot.figure();
      Pyplot.plot(new double[] {1, 2, 3});
      grid = Pyplot.subplots(2, 2);
      b = Pyplot.gcf();
      Pyplot.hist(new double[] {1, 2, 3}, 2); // never closed by the code
      assertEquals(List.of(a, b), scope.figures());
    } finally {
      scope.close();
    }
    assertTrue(a.isClosed());
    assertTrue(b.isClosed());
    assertEquals(4, grid.size());
    assertTrue(scope.isClosed());
    assertTrue(scope.figures().isEmpty());
  }

  @Test
  void aScopeClosedWhileStillBoundRefusesFurtherCalls() {
    PyplotScope scope = new PyplotScope();
    try (Pyplot.Binding binding = Pyplot.bind(scope)) {
      Figure fig = Pyplot.figure();
      scope.close();
      assertTrue(fig.isClosed());
      IllegalStateException e = assertThrows(IllegalStateException.class, Pyplot::gcf);
      assertEquals("pyplot scope is closed: bind a new PyplotScope for new figures", e.getMessage());
    }
  }

  @Test
  void aClosedScopeCannotBeBound() {
    PyplotScope scope = new PyplotScope();
    scope.close();
    scope.close(); // idempotent
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pyplot.bind(scope));
    assertEquals("pyplot scope is closed: bind a new PyplotScope for new figures", e.getMessage());
  }

  @Test
  void nestedBindingRestoresTheOuterScopeAndItsCurrentFigure() {
    PyplotScope outer = new PyplotScope();
    PyplotScope inner = new PyplotScope();
    try (Pyplot.Binding o = Pyplot.bind(outer)) {
      Figure outerFig = Pyplot.figure();
      Figure innerFig;
      try (Pyplot.Binding i = Pyplot.bind(inner)) {
        assertSame(inner, Pyplot.scope());
        innerFig = Pyplot.gcf();
        assertNotSame(outerFig, innerFig);
      } finally {
        inner.close();
      }
      assertTrue(innerFig.isClosed());
      assertSame(outer, Pyplot.scope());
      assertSame(outerFig, Pyplot.gcf());
      assertFalse(outerFig.isClosed());
    } finally {
      outer.close();
    }
  }

  @Test
  void unbindingRestoresTheThreadsOwnScope() {
    PyplotScope own = Pyplot.scope();
    Figure ownFig = Pyplot.figure();
    PyplotScope request = new PyplotScope();
    try (Pyplot.Binding binding = Pyplot.bind(request)) {
      assertSame(request, binding.scope());
      assertNotSame(ownFig, Pyplot.gcf());
    } finally {
      request.close();
    }
    assertSame(own, Pyplot.scope());
    assertSame(ownFig, Pyplot.gcf());
  }

  @Test
  void bindingsClosedOutOfOrderAreRefused() {
    PyplotScope outer = new PyplotScope();
    PyplotScope inner = new PyplotScope();
    Pyplot.Binding o = Pyplot.bind(outer);
    Pyplot.Binding i = Pyplot.bind(inner);
    IllegalStateException e = assertThrows(IllegalStateException.class, o::close);
    assertEquals("pyplot bindings must be closed in the reverse order they were made:"
        + " pyplot scope (0 figures) is bound over pyplot scope (0 figures)", e.getMessage());
    i.close();
    o.close();
    o.close(); // idempotent
  }

  @Test
  void aScopeBoundToOneThreadCannotBeBoundToAnother() throws Exception {
    PyplotScope scope = new PyplotScope();
    ExecutorService other = Executors.newSingleThreadExecutor(r -> new Thread(r, "other"));
    try (Pyplot.Binding binding = Pyplot.bind(scope)) {
      Future<?> attempt = other.submit(() -> Pyplot.bind(scope));
      Exception e = assertThrows(Exception.class, () -> attempt.get(1, TimeUnit.MINUTES));
      assertEquals("this pyplot scope is already bound to thread " + Thread.currentThread().getName()
          + ": a scope and its figures belong to one thread at a time", e.getCause().getMessage());
    } finally {
      other.shutdown();
      scope.close();
    }
  }

  @Test
  void aBindingMustBeClosedOnItsOwnThread() throws Exception {
    PyplotScope scope = new PyplotScope();
    ExecutorService other = Executors.newSingleThreadExecutor(r -> new Thread(r, "other"));
    try (Pyplot.Binding binding = Pyplot.bind(scope)) {
      Future<?> attempt = other.submit(() -> {
        binding.close();
        return null;
      });
      Exception e = assertThrows(Exception.class, () -> attempt.get(1, TimeUnit.MINUTES));
      assertEquals("a pyplot binding must be closed on the thread that made it, "
          + Thread.currentThread().getName() + ", not other", e.getCause().getMessage());
    } finally {
      other.shutdown();
      scope.close();
    }
  }

  @Test
  void aScopeMayBeClosedFromAnotherThreadAfterTheRequest() throws Exception {
    PyplotScope scope = new PyplotScope();
    Figure fig;
    try (Pyplot.Binding binding = Pyplot.bind(scope)) {
      fig = Pyplot.figure();
    }
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      other.submit(scope::close).get(1, TimeUnit.MINUTES);
    } finally {
      other.shutdown();
    }
    assertTrue(fig.isClosed());
  }

  @Test
  void figuresMadeInAScopeGetItsDeadline() {
    Deadline deadline = Deadline.after(Duration.ofHours(1));
    PyplotScope scope = new PyplotScope(deadline);
    try (Pyplot.Binding binding = Pyplot.bind(scope)) {
      assertSame(deadline, Pyplot.figure().deadline());
      assertSame(deadline, Pyplot.subplots(1, 2).get(0).figure().deadline());
      Figure given = new Figure();
      Pyplot.figure(given);
      assertTrue(given.deadline().isNone(), "an adopted figure keeps its owner's deadline");
    } finally {
      scope.close();
    }
  }

  @Test
  void aFigureOfAScopeWhoseDeadlineHasPassedStopsAtTheNextCall() {
    PyplotScope scope = new PyplotScope(Deadline.after(Duration.ZERO)); // passed by the next call
    try (Pyplot.Binding binding = Pyplot.bind(scope)) {
      Figure fig = Pyplot.figure();
      DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
          () -> Pyplot.plot(new double[] {1, 2}));
      assertEquals("drawing took longer than its 0 ms budget and was stopped", e.getMessage());
      assertSame(fig, scope.figures().get(0));
    } finally {
      scope.close();
    }
    assertTrue(scope.figures().isEmpty());
  }

  @Test
  void aScopeWithoutADeadlineMakesFiguresWithout() {
    try (PyplotScope scope = new PyplotScope(); Pyplot.Binding binding = Pyplot.bind(scope)) {
      assertTrue(scope.deadline().isNone());
      assertTrue(Pyplot.figure().deadline().isNone());
    }
  }

  @Test
  void anAdoptedFigureIsCurrentButNeverClosedByTheScope() {
    Figure given = new Figure();
    PyplotScope scope = new PyplotScope();
    try (Pyplot.Binding binding = Pyplot.bind(scope)) {
      assertSame(given, Pyplot.figure(given));
      Pyplot.plot(new double[] {1, 2});
      assertSame(given, Pyplot.gca().figure());
      Pyplot.close(); // legacy code's habit: only forgets the figure it was given
      assertFalse(given.isClosed());
      assertNotSame(given, Pyplot.gcf());
      Pyplot.figure(given);
    } finally {
      scope.close();
    }
    assertFalse(given.isClosed(), "its owner closes it");
    assertTrue(Renderer.render(given, ImageFormat.PNG).length > 0);
    given.close();
  }

  @Test
  void aClosedFigureCannotBecomeCurrent() {
    Figure given = new Figure();
    given.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pyplot.figure(given));
    assertEquals("figure is closed: it cannot become the current figure", e.getMessage());
  }

  @Test
  void aThreadsOwnScopeIsDroppedOnceItsLastFigureCloses() {
    PyplotScope own = Pyplot.scope();
    Pyplot.figure();
    Pyplot.close();
    assertNotSame(own, Pyplot.scope(), "nothing of pyplot's stays on an idle thread");
  }

  @Test
  void twoThreadsWithTheirOwnScopesNeverSeeEachOthersFigures() throws Exception {
    double[] dataA = {1, 3, 2, 5, 4};
    double[] dataB = {9, 2, 7, 1, 8};
    byte[] refA = serial(dataA, "A");
    byte[] refB = serial(dataB, "B");
    CountDownLatch aDrew = new CountDownLatch(1);
    CountDownLatch bDrew = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // A makes its figure, B makes its own in between, then A goes on with its current figure
      Future<byte[]> a = pool.submit(() -> inScope(() -> {
        Figure mine = Pyplot.figure(3, 2, 50);
        Pyplot.plot(dataA);
        aDrew.countDown();
        bDrew.await();
        assertSame(mine, Pyplot.gcf());
        Pyplot.title("A");
        return savefig();
      }));
      Future<byte[]> b = pool.submit(() -> inScope(() -> {
        aDrew.await();
        assertEquals(List.of(), Pyplot.scope().figures(), "A's figure is not B's");
        Pyplot.figure(3, 2, 50);
        Pyplot.plot(dataB);
        Pyplot.title("B");
        bDrew.countDown();
        return savefig();
      }));
      assertArrayEquals(refA, a.get(1, TimeUnit.MINUTES));
      assertArrayEquals(refB, b.get(1, TimeUnit.MINUTES));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aPooledThreadKeepsNoScopeAfterItsBindingIsClosed() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Figure fig = pool.submit(() -> inScope(Pyplot::figure)).get(1, TimeUnit.MINUTES);
      assertTrue(fig.isClosed());
      PyplotScope next = pool.submit(Pyplot::scope).get(1, TimeUnit.MINUTES);
      assertTrue(next.figures().isEmpty(), "the next task starts from nothing");
      assertNull(pool.submit(() -> {
        Pyplot.reset();
        return null;
      }).get(1, TimeUnit.MINUTES));
    } finally {
      pool.shutdown();
    }
  }

  private interface Body<T> {
    T run() throws Exception;
  }

  /** As the server runs a chart request: a fresh scope bound around the work, closed after it. */
  private static <T> T inScope(Body<T> body) throws Exception {
    try (PyplotScope scope = new PyplotScope(); Pyplot.Binding binding = Pyplot.bind(scope)) {
      return body.run();
    }
  }

  private static byte[] serial(double[] data, String title) throws Exception {
    return inScope(() -> {
      Pyplot.figure(3, 2, 50);
      Pyplot.plot(data);
      Pyplot.title(title);
      return savefig();
    });
  }

  private static byte[] savefig() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Pyplot.savefig(out, ImageFormat.PNG);
    return out.toByteArray();
  }
}
