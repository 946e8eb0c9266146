/**
 * Axes machinery: the auto-ranging axis with matplotlib's margins and sticky edges, tick placement
 * and labels, linear and log scales, and time axes (matplotlib's {@code AutoDateLocator} and
 * {@code ConciseDateFormatter} in a zone and locale, over epoch days).
 *
 * <p><b>Not API</b>: public only for {@link dev.chartserve.figure}; no compatibility promise. Each
 * object belongs to one figure on one thread; the static helpers are stateless.
 */
package dev.chartserve.figure.internal.axis;
