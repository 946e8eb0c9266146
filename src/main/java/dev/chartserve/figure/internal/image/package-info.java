/**
 * Images on axes: colormap tables, resampling kernels, the image, colorbar and pie annotations, the
 * plot layers they hang on, and the equal-aspect layout.
 *
 * <p><b>Not API</b>: public only for {@link dev.chartserve.figure}; no compatibility promise. Each
 * annotation belongs to one figure on one thread; the colormap tables are immutable and shared.
 */
package dev.chartserve.figure.internal.image;
