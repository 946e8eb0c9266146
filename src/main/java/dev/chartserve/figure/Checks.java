package dev.chartserve.figure;

/**
 * The argument checks of this package's setters, with one wording for each: "{@code <name>} must be
 * > 0, was {@code <value>}" and "{@code <name>} must be >= 0, was {@code <value>}".
 */
final class Checks {
  private Checks() {
  }

  /** {@code value} if it is a finite number above 0; throws naming {@code name} otherwise. */
  static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be > 0, was " + value);
    }
    return value;
  }

  /** {@code value} if it is a finite number, 0 or above; throws naming {@code name} otherwise. */
  static double nonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
    return value;
  }
}
