/**
 * Testing an application's own charts for thread safety: {@link dev.chartserve.testing.ConcurrencyHarness}
 * draws {@link dev.chartserve.testing.ChartCase}s from many threads and compares every image with the
 * serial one; {@link dev.chartserve.testing.ChartConcurrencyTest} runs it as a JUnit 5 test.
 *
 * <p><b>Public API</b>: every public type here. <b>Thread safety</b>: {@code ChartCase} and
 * {@code HarnessReport} are immutable; a harness is configured and run from one thread (it starts the others).
 */
package dev.chartserve.testing;
