package dev.chartserve.figure;

import java.time.Duration;

/** Drawing went past its {@link Deadline} and was stopped. Carries no stack trace: it is expected. */
public final class DeadlineExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Duration budget;

  public DeadlineExceededException(Duration budget) {
    super("drawing took longer than its " + budget.toMillis() + " ms budget and was stopped", null, false, false);
    this.budget = budget;
  }

  /** The time drawing was allowed. */
  public Duration budget() {
    return budget;
  }
}
