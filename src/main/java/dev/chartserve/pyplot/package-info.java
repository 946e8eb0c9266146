/**
 * matplotlib's {@code pyplot} state machine for code ported from Python:
 * {@link dev.chartserve.pyplot.Pyplot}'s static calls act on the current figure of a
 * {@link dev.chartserve.pyplot.PyplotScope}. In concurrent mode each render has a scope of its own; in
 * global-lock mode ({@code chartserve.mode=global-lock}) there is one process-wide scope, usable only
 * by the holder of {@code Pyplot.globalLock()}.
 *
 * <p><b>Public API</b>: {@code Pyplot} and {@code PyplotScope}. <b>Thread safety</b>: {@code Pyplot} is
 * thread-safe in both modes as described; the global scope and lock are ChartServe's one deliberate
 * piece of process-wide mutable state.
 */
package dev.chartserve.pyplot;
