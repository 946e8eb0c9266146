package dev.chartserve.guard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RenderGateTest {
  private final AtomicLong clock = new AtomicLong();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private RenderGate gate;

  @AfterEach
  void noPermitLeakedAndNobodyLeftWaiting() throws InterruptedException {
    threads.shutdownNow();
    assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    if (gate != null) {
      assertEquals(0, gate.running(), "permits leaked");
      assertEquals(0, gate.waiting(), "waiters left");
    }
  }

  @Test
  void admitsUpToTheLimitAtOnce() throws Exception {
    gate = gate(2, 0, 1000);
    try (RenderGate.Permit a = gate.acquire(); RenderGate.Permit b = gate.acquire()) {
      assertEquals(2, gate.running());
    }
  }

  @Test
  void aFullQueueRejectsAtOnceAndSaysWhichLimit() throws Exception {
    gate = gate(1, 0, 1000);
    try (RenderGate.Permit held = gate.acquire()) {
      RenderGate.Rejected e = assertThrows(RenderGate.Rejected.class, gate::acquire);
      assertEquals(Rejection.Limit.QUEUE_FULL, e.rejection().limit());
      assertEquals("Chart not rendered: the render queue is full (chartserve.maxQueuedRenders=0); waited 0 ms"
          + " (running=1/1, waiting=0/0)", e.getMessage());
      assertEquals(1, gate.snapshot().rejectedQueueFull());
    }
  }

  @Test
  void aWaiterGetsThePermitWhenItIsReleased() throws Exception {
    gate = gate(1, 1, 60_000);
    RenderGate.Permit held = gate.acquire();
    CompletableFuture<RenderGate.Permit> waiter = acquireOnAnotherThread();
    awaitState(() -> gate.waiting() == 1);
    assertFalse(waiter.isDone());

    held.close();

    waiter.get(10, TimeUnit.SECONDS).close();
    assertEquals(2, gate.snapshot().admitted());
  }

  @Test
  void aWaiterIsTurnedAwayWhenTheQueueTimeoutPasses() throws Exception {
    gate = gate(1, 1, 2500);
    try (RenderGate.Permit held = gate.acquire()) {
      CompletableFuture<RenderGate.Permit> waiter = acquireOnAnotherThread();
      awaitState(() -> gate.waiting() == 1);

      clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(2499));
      gate.wakeWaiters();
      assertEquals(1, gate.waiting(), "still within its timeout");

      clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(2));
      gate.wakeWaiters();
      ExecutionException e = assertThrows(ExecutionException.class, () -> waiter.get(10, TimeUnit.SECONDS));
      Rejection rejection = ((RenderGate.Rejected) e.getCause()).rejection();
      assertEquals(Rejection.Limit.QUEUE_TIMEOUT, rejection.limit());
      assertEquals(2501, rejection.waitedMillis());
      assertEquals("Chart not rendered: no render slot came free within 2500 ms (chartserve.queueTimeout);"
          + " waited 2501 ms (running=1/1, waiting=0/1)", rejection.message());
      assertEquals(3, rejection.retryAfterSeconds());
    }
  }

  @Test
  void waitersAreServedInArrivalOrder() throws Exception {
    gate = gate(1, 3, 60_000);
    RenderGate.Permit held = gate.acquire();
    List<CompletableFuture<RenderGate.Permit>> waiters = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      waiters.add(acquireOnAnotherThread());
      int expected = i + 1;
      awaitState(() -> gate.waiting() == expected);
    }
    held.close();
    // One permit: each waiter in turn must be the one admitted, while those after it still wait.
    for (int i = 0; i < waiters.size(); i++) {
      RenderGate.Permit permit = waiters.get(i).get(10, TimeUnit.SECONDS);
      for (int later = i + 1; later < waiters.size(); later++) {
        assertFalse(waiters.get(later).isDone(), "waiter " + later + " overtook waiter " + i);
      }
      permit.close();
    }
  }

  @Test
  void aNewArrivalDoesNotOvertakeWaiters() throws Exception {
    gate = gate(1, 1, 60_000);
    RenderGate.Permit held = gate.acquire();
    CompletableFuture<RenderGate.Permit> waiter = acquireOnAnotherThread();
    awaitState(() -> gate.waiting() == 1);
    // The queue holds one; a newcomer while one waits is turned away rather than jumping ahead.
    assertThrows(RenderGate.Rejected.class, gate::acquire);
    held.close();
    waiter.get(10, TimeUnit.SECONDS).close();
  }

  @Test
  void theSlotTimeIsAMovingAverageOfHowLongPermitsAreHeld() throws Exception {
    gate = gate(1, 0, 1000);
    assertEquals(Duration.ZERO, gate.snapshot().slotTime(), "nothing measured yet");
    holdFor(80);
    assertEquals(Duration.ofMillis(80), gate.snapshot().slotTime(), "the first render sets it");
    holdFor(160);
    assertEquals(Duration.ofMillis(90), gate.snapshot().slotTime(), "each later one moves it by an eighth");
    assertEquals(Duration.ZERO, gate.snapshot().predictedWait(), "a free slot: no wait");
  }

  @Test
  void aBurstWhoseWaitFitsInTheQueueTimeoutWaitsInsteadOfBeingTurnedAway() throws Exception {
    gate = gate(2, 200, 5000);
    holdFor(10);
    RenderGate.Permit a = gate.acquire();
    RenderGate.Permit b = gate.acquire();
    List<CompletableFuture<RenderGate.Permit>> burst = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      burst.add(acquireOnAnotherThread());
      int expected = i + 1;
      awaitState(() -> gate.waiting() == expected);
    }
    // 64 ahead, 2 slots, 10 ms a render: the next would wait about 65 × 10 / 2 ms.
    assertEquals(Duration.ofMillis(325), gate.snapshot().predictedWait());
    assertEquals(0, gate.snapshot().rejectedWaitTooLong() + gate.snapshot().rejectedQueueFull());
    a.close();
    b.close();
    for (CompletableFuture<RenderGate.Permit> waiter : burst) {
      waiter.get(10, TimeUnit.SECONDS).close();
    }
    assertEquals(67, gate.snapshot().admitted());
  }

  @Test
  void aRequestPredictedToWaitLongerThanTheQueueTimeoutIsTurnedAwayAtOnceWithRetryAfterFromThePrediction()
      throws Exception {
    gate = gate(1, 100, 1000);
    holdFor(300);
    try (RenderGate.Permit held = gate.acquire()) {
      List<CompletableFuture<RenderGate.Permit>> fits = new ArrayList<>();
      for (int i = 0; i < 3; i++) { // they would wait 300, 600 and 900 ms
        fits.add(acquireOnAnotherThread());
        int expected = i + 1;
        awaitState(() -> gate.waiting() == expected);
      }
      RenderGate.Rejected e = assertThrows(RenderGate.Rejected.class, gate::acquire); // 1200 ms
      Rejection rejection = e.rejection();
      assertEquals(Rejection.Limit.WAIT_TOO_LONG, rejection.limit());
      assertEquals("Chart not rendered: the predicted wait of 1200 ms for a render slot is longer than 1000 ms"
          + " (chartserve.queueTimeout; renders take 300 ms each); waited 0 ms (running=1/1, waiting=3/100)",
          rejection.message());
      assertEquals(2, rejection.retryAfterSeconds());
      assertEquals(1, gate.snapshot().rejectedWaitTooLong());
      held.close();
      for (CompletableFuture<RenderGate.Permit> waiter : fits) {
        waiter.get(10, TimeUnit.SECONDS).close();
      }
    }
  }

  @Test
  void renderStuckLongPastTheAverageMakeTheGateRefuseInsteadOfQueueing() throws Exception {
    gate = gate(1, 100, 1000);
    holdFor(10);
    try (RenderGate.Permit stuck = gate.acquire()) {
      clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1500));
      assertEquals(Duration.ofMillis(1500), gate.snapshot().slotTime(), "the stuck render's age");
      RenderGate.Rejected e = assertThrows(RenderGate.Rejected.class, gate::acquire);
      assertEquals(Rejection.Limit.WAIT_TOO_LONG, e.rejection().limit());
      assertEquals(0, gate.waiting(), "nobody was queued behind it");
    }
  }

  @Test
  void closingAPermitTwiceGivesItBackOnce() throws Exception {
    gate = gate(1, 0, 0);
    RenderGate.Permit permit = gate.acquire();
    permit.close();
    permit.close();
    assertEquals(0, gate.running());
    try (RenderGate.Permit again = gate.acquire()) {
      assertEquals(1, gate.running());
    }
  }

  @Test
  void badLimitsAreRefusedWithTheValue() {
    assertEquals("maxConcurrent < 1: 0",
        assertThrows(IllegalArgumentException.class, () -> new RenderGate(0, 1, Duration.ZERO)).getMessage());
    assertEquals("maxQueued < 0: -1",
        assertThrows(IllegalArgumentException.class, () -> new RenderGate(1, -1, Duration.ZERO)).getMessage());
    assertEquals("queueTimeout < 0: PT-0.001S",
        assertThrows(IllegalArgumentException.class, () -> new RenderGate(1, 1, Duration.ofMillis(-1))).getMessage());
  }

  /** One render that holds its permit for {@code millis} on the fake clock. */
  private void holdFor(long millis) throws Exception {
    try (RenderGate.Permit permit = gate.acquire()) {
      clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
  }

  private RenderGate gate(int maxConcurrent, int maxQueued, long queueTimeoutMillis) {
    return new RenderGate(maxConcurrent, maxQueued, Duration.ofMillis(queueTimeoutMillis), clock::get);
  }

  private CompletableFuture<RenderGate.Permit> acquireOnAnotherThread() {
    CompletableFuture<RenderGate.Permit> future = new CompletableFuture<>();
    threads.execute(() -> {
      try {
        future.complete(gate.acquire());
      } catch (Throwable t) {
        future.completeExceptionally(t);
      }
    });
    return future;
  }

  /** Spins (no sleep) until another thread has brought the gate to a state; fails after 10 s. */
  private static void awaitState(BooleanSupplier state) {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!state.getAsBoolean()) {
      if (System.nanoTime() > giveUp) {
        throw new AssertionError("the gate never reached the expected state");
      }
      Thread.onSpinWait();
    }
  }
}
