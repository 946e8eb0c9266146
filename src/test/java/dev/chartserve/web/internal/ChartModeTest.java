package dev.chartserve.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.chartserve.pyplot.Pyplot;

class ChartModeTest {
  @AfterEach
  void resetPyplot() {
    Pyplot.reset();
  }

  @Test
  void inConcurrentModeARequestHoldsNothingAndEachRenderAPermit() throws Exception {
    AppState state = state(Map.of());
    ChartMode.start(state.settings());
    assertFalse(Pyplot.usesGlobalLock());
    try (ChartMode.Admission request = ChartMode.enterRequest(state, "/charts/a.png")) {
      assertSame(ChartMode.Admission.NONE, request);
      assertEquals(0, state.gate().running());
      try (ChartMode.Admission render = ChartMode.enterRender(state, "a.png")) {
        assertEquals(1, state.gate().running());
        assertFalse(Pyplot.globalLock().isHeldByCurrentThread());
      }
    }
    assertEquals(0, state.gate().running(), "the permit went back");
  }

  @Test
  void inGlobalLockModeTheRequestHoldsTheLockAndTheGatesOneSlotAndItsRendersTakeNothingMore()
      throws Exception {
    AppState state = state(Map.of("chartserve.mode", "global-lock"));
    ChartMode.start(state.settings());
    assertTrue(Pyplot.usesGlobalLock());
    try (ChartMode.Admission request = ChartMode.enterRequest(state, "/charts/a.png")) {
      assertTrue(Pyplot.globalLock().isHeldByCurrentThread());
      assertEquals(1, state.gate().running());
      assertSame(ChartMode.Admission.NONE, ChartMode.enterRender(state, "a.png"), "the request's lock covers it");
      Pyplot.figure(); // shared state the next request must not see
    }
    assertFalse(Pyplot.globalLock().isLocked());
    assertEquals(0, state.gate().running());
    Pyplot.globalLock().lock();
    try {
      assertTrue(Pyplot.globalScope().figures().isEmpty(), "the figures of the request were closed with the lock");
    } finally {
      Pyplot.globalLock().unlock();
    }
  }

  @Test
  void inGlobalLockModeARefusalIsTheGatesRejectionWithItsLiveCounts() throws Exception {
    AppState state = state(Map.of("chartserve.mode", "global-lock", "chartserve.maxQueuedRenders", "0"));
    ChartMode.start(state.settings());
    try (ChartMode.Admission held = ChartMode.enterRequest(state, "/charts/a.png")) {
      ProblemException refused = CompletableFuture.supplyAsync(() -> assertThrows(ProblemException.class,
          () -> ChartMode.enterRequest(state, "/charts/b.png"))).get(10, TimeUnit.SECONDS);
      assertEquals(503, refused.problem().status());
      assertEquals("Chart not rendered: the render queue is full (chartserve.maxQueuedRenders=0); waited 0 ms"
          + " (running=1/1, waiting=0/0)", refused.problem().detail());
      assertEquals(1, state.metrics().rejectedCount());
      assertEquals(1, state.gate().snapshot().rejectedQueueFull());
    }
  }

  @Test
  void aPageDrawnInGlobalLockModeTakesTheLockForItsRenderOnly() throws Exception {
    AppState state = state(Map.of("chartserve.mode", "global-lock"));
    ChartMode.start(state.settings());
    try (ChartMode.Admission render = ChartMode.enterRender(state, "a.png")) {
      assertTrue(Pyplot.globalLock().isHeldByCurrentThread());
      assertEquals(1, state.gate().running());
    }
    assertFalse(Pyplot.globalLock().isLocked());
    assertEquals(0, state.gate().running());
  }

  private static AppState state(Map<String, String> contextParams) {
    return AppState.of(Settings.read(contextParams::get, name -> null, 2, 0));
  }
}
