/**
 * Contours: level choice as matplotlib's {@code MaxNLocator}, marching squares for lines, filled
 * regions between levels, and the JFreeChart annotation that draws them.
 *
 * <p><b>Not API</b>: public only for {@link dev.chartserve.figure}; no compatibility promise. Each
 * object belongs to one figure on one thread; the static helpers are stateless.
 */
package dev.chartserve.figure.internal.contour;
