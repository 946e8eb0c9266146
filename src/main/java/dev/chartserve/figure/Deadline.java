package dev.chartserve.figure;

import java.time.Duration;
import java.util.Objects;

/**
 * A point in time after which drawing must stop, measured on {@link System#nanoTime()}. A figure
 * with a deadline checks it on every call of its API and on every drawing operation, and throws
 * {@link DeadlineExceededException} once it has passed, so a runaway chart stops instead of holding
 * a thread.
 *
 * <p>Immutable and thread-safe.
 */
public final class Deadline {
  private static final Deadline NONE = new Deadline(Duration.ZERO, 0, false);

  private final Duration budget;
  private final long deadlineNanos;
  private final boolean active;

  private Deadline(Duration budget, long deadlineNanos, boolean active) {
    this.budget = budget;
    this.deadlineNanos = deadlineNanos;
    this.active = active;
  }

  /** No deadline: drawing may take as long as it takes. */
  public static Deadline none() {
    return NONE;
  }

  /** A deadline {@code budget} from now. */
  public static Deadline after(Duration budget) {
    Objects.requireNonNull(budget, "budget");
    if (budget.isNegative()) {
      throw new IllegalArgumentException("budget < 0: " + budget);
    }
    return new Deadline(budget, System.nanoTime() + budget.toNanos(), true);
  }

  /** Whether the deadline has passed. Always false for {@link #none()}. */
  public boolean isExpired() {
    return active && System.nanoTime() - deadlineNanos > 0;
  }

  /** @throws DeadlineExceededException if the deadline has passed */
  public void check() {
    if (isExpired()) {
      throw new DeadlineExceededException(budget);
    }
  }

  /** Time left, zero once passed; {@code null}-free: {@link Duration#ZERO} for {@link #none()}. */
  public Duration remaining() {
    return active ? Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime())) : Duration.ZERO;
  }

  /** The budget this deadline was given. */
  public Duration budget() {
    return budget;
  }

  public boolean isNone() {
    return !active;
  }
}
