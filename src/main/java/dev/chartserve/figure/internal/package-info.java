/**
 * Machinery of {@link dev.chartserve.figure}: the deadline-checking {@code Graphics2D} every drawing
 * goes through, {@code Canvases}, the pool of reusable pixel arrays, and {@code IdentityAnnotation},
 * the base of the annotations a plot holds by identity. Subpackages: {@code axis}
 * (ticks, scales), {@code contour} (contour tracing and filling), {@code image} (images, colorbars,
 * pies as JFreeChart annotations), {@code style} (theme, fonts, layout, tight bounding box).
 *
 * <p><b>Not API</b>: public only for ChartServe's other packages; no compatibility promise.
 *
 * <p><b>Thread safety.</b> {@code Canvases} is thread-safe; the rest serves one figure on one thread.
 */
package dev.chartserve.figure.internal;
