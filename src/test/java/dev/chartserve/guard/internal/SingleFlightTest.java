package dev.chartserve.guard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleFlightTest {
  private final SingleFlight<byte[]> flights = new SingleFlight<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger done = new AtomicInteger();

  @AfterEach
  void nothingIsRetained() throws InterruptedException {
    threads.shutdownNow();
    assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    assertEquals(0, flights.inFlight(), "a key outlived its work");
  }

  @Test
  void identicalCallsInFlightShareTheLeadersOneResult() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    byte[] image = {1, 2, 3};
    CompletableFuture<byte[]> leader = call("a", Duration.ofSeconds(10), () -> {
      release.await();
      return image;
    });
    awaitState(() -> flights.inFlight() == 1);
    List<CompletableFuture<byte[]>> followers = new ArrayList<>();
    for (int i = 0; i < 31; i++) {
      followers.add(call("a", Duration.ofSeconds(10), () -> {
        throw new AssertionError("a follower did the work");
      }));
    }
    awaitState(() -> flights.coalescedCount() == 31);
    release.countDown();
    assertSame(image, leader.get(10, TimeUnit.SECONDS));
    for (CompletableFuture<byte[]> follower : followers) {
      assertSame(image, follower.get(10, TimeUnit.SECONDS));
    }
    assertEquals(1, done.get(), "drawn once");
  }

  @Test
  void theLeadersFailureReachesItAndEveryFollower() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    IllegalStateException failure = new IllegalStateException("the producer failed");
    CompletableFuture<byte[]> leader = call("a", Duration.ofSeconds(10), () -> {
      release.await();
      throw failure;
    });
    awaitState(() -> flights.inFlight() == 1);
    CompletableFuture<byte[]> follower = call("a", Duration.ofSeconds(10), () -> new byte[0]);
    awaitState(() -> flights.coalescedCount() == 1);
    release.countDown();
    assertSame(failure, assertThrows(ExecutionException.class, () -> leader.get(10, TimeUnit.SECONDS)).getCause());
    Throwable shared = assertThrows(ExecutionException.class, () -> follower.get(10, TimeUnit.SECONDS)).getCause();
    assertEquals(SingleFlight.SharedFailure.class, shared.getClass());
    assertSame(failure, shared.getCause());
  }

  @Test
  void aFollowerWhoseWaitRunsOutIsToldSoAndTheLeaderStillFinishes() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    byte[] image = {7};
    CompletableFuture<byte[]> leader = call("a", Duration.ofSeconds(10), () -> {
      release.await();
      return image;
    });
    awaitState(() -> flights.inFlight() == 1);
    CompletableFuture<byte[]> impatient = call("a", Duration.ofMillis(20), () -> new byte[0]);
    Throwable timedOut = assertThrows(ExecutionException.class, () -> impatient.get(10, TimeUnit.SECONDS)).getCause();
    assertEquals(SingleFlight.TimedOut.class, timedOut.getClass());
    assertTrue(((SingleFlight.TimedOut) timedOut).waited().toMillis() >= 20, timedOut.getMessage());
    release.countDown();
    assertSame(image, leader.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aCallAfterTheLeaderIsDoneWorksAnewAndOtherKeysNeverWait() throws Exception {
    assertEquals(1, flights.run("a", Duration.ZERO, () -> new byte[] {1}).length);
    assertEquals(2, flights.run("a", Duration.ZERO, () -> new byte[] {1, 2}).length);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<byte[]> a = call("a", Duration.ofSeconds(10), () -> {
      release.await();
      return new byte[0];
    });
    awaitState(() -> flights.inFlight() == 1);
    assertEquals(3, flights.run("b", Duration.ZERO, () -> new byte[] {1, 2, 3}).length, "b does not wait for a");
    release.countDown();
    a.get(10, TimeUnit.SECONDS);
    assertEquals(0, flights.coalescedCount());
  }

  private CompletableFuture<byte[]> call(String key, Duration wait, SingleFlight.Work<byte[]> work) {
    CompletableFuture<byte[]> result = new CompletableFuture<>();
    threads.execute(() -> {
      try {
        result.complete(flights.run(key, wait, () -> {
          byte[] value = work.call();
          done.incrementAndGet();
          return value;
        }));
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    });
    return result;
  }

  private static void awaitState(BooleanSupplier state) {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!state.getAsBoolean()) {
      if (System.nanoTime() > giveUp) {
        throw new AssertionError("never reached the expected state");
      }
      Thread.onSpinWait();
    }
  }
}
