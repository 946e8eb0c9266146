package dev.chartserve.web.internal;

import java.util.Objects;

/** Ends a request with a {@link Problem} response. Carries no stack trace: it is an answer, not a bug. */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.toString(), null, false, false);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public Problem problem() {
    return problem;
  }
}
