package dev.chartserve.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JUnit 5 test that runs the {@link ConcurrencyHarness} on the charts the method adds to it, and
 * fails with the harness's report unless every render matched its reference:
 *
 * <pre>{@code
 * @ChartConcurrencyTest(threads = 16, iterations = 100)
 * void salesChartsNeverMixUp(ConcurrencyHarness harness) {
 *   harness.chart(new SalesChart(), "sales.png").chart(new SalesChart(), "sales.svg?width=300");
 * }
 * }</pre>
 *
 * Needs {@code junit-jupiter-api} on the test class path (ChartServe does not bring it).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Test
@ExtendWith(ChartConcurrencyExtension.class)
public @interface ChartConcurrencyTest {
  /** Threads drawing at once. */
  int threads() default 16;

  /** Renders per thread. */
  int iterations() default 100;

  /** Serialise every render under one lock, as {@code chartserve.mode=global-lock} does. */
  boolean globalLock() default false;
}
