package dev.chartserve.guard.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Identical work done once: while the work for a key runs (the <em>leader</em>, on its caller's
 * thread), callers with the same key (<em>followers</em>) wait for its result instead of doing it
 * again, each within a wait of its own. The result, or the failure, reaches every one of them; the key
 * is forgotten as soon as the leader is done, so nothing is retained and the next caller starts anew.
 *
 * <p>The leader does its work whatever happens to its followers, and its followers get the result
 * whatever happens to the leader's own client. Starts no threads. Thread-safe.
 *
 * @param <V> what the work makes
 */
public final class SingleFlight<V> {
  /** Work that makes a value, or fails. */
  @FunctionalInterface
  public interface Work<V> {
    V call() throws Exception;
  }

  private final ConcurrentHashMap<String, CompletableFuture<V>> flights = new ConcurrentHashMap<>();
  private final LongAdder coalesced = new LongAdder();

  /**
   * The result of {@code work} for {@code key}: done here, or, if a call with the same key is already
   * doing it, that call's result, waited for at most {@code wait}.
   *
   * @throws TimedOut         to a follower whose wait ran out before the leader was done
   * @throws SharedFailure    to a follower whose leader failed; its cause is what the leader's work threw
   * @throws Exception        to the leader, whatever its {@code work} threw
   */
  public V run(String key, Duration wait, Work<V> work) throws Exception {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(wait, "wait");
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> leader = flights.putIfAbsent(key, mine);
    if (leader != null) {
      coalesced.increment();
      return follow(leader, wait);
    }
    try {
      V value = work.call();
      mine.complete(value);
      return value;
    } catch (Throwable t) {
      mine.completeExceptionally(t);
      throw t;
    } finally {
      flights.remove(key, mine);
    }
  }

  /** Calls that waited for an identical one instead of doing the work, since this was made. */
  public long coalescedCount() {
    return coalesced.sum();
  }

  /** Keys whose work is running now. */
  public int inFlight() {
    return flights.size();
  }

  private static <V> V follow(CompletableFuture<V> leader, Duration wait) throws Exception {
    long start = System.nanoTime();
    try {
      return leader.get(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new TimedOut(Duration.ofNanos(System.nanoTime() - start));
    } catch (ExecutionException e) {
      throw new SharedFailure(e.getCause());
    }
  }

  /** A follower's wait ran out before the identical work it waited for was done. */
  public static final class TimedOut extends Exception {
    private static final long serialVersionUID = 1L;
    private final Duration waited;

    TimedOut(Duration waited) {
      super("waited " + waited.toMillis() + " ms for identical work in flight", null, false, false);
      this.waited = waited;
    }

    public Duration waited() {
      return waited;
    }
  }

  /** The identical work a follower waited for failed; the cause is what it threw. */
  public static final class SharedFailure extends Exception {
    private static final long serialVersionUID = 1L;

    SharedFailure(Throwable cause) {
      super("the identical work this call waited for failed: " + cause, cause, false, false);
    }
  }
}
