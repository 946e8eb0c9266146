package dev.chartserve.render.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Locale-free number text for file formats. */
final class Numbers {
  private Numbers() {
  }

  /** {@code value} with at most three decimals and no trailing zeros: 460.8, 345.6, 72. */
  static String format(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
  }
}
