/**
 * The drawing API, matplotlib's vocabulary over JFreeChart: a {@link dev.chartserve.figure.Figure}
 * holds {@link dev.chartserve.figure.Axes}, and everything is plotted through them ({@code plot},
 * {@code scatter}, {@code bar}, {@code hist}, {@code imshow}, {@code contour}, {@code pie},
 * {@code colorbar}, {@code legend}…); what they return ({@link dev.chartserve.figure.Line},
 * {@link dev.chartserve.figure.Patch}, {@link dev.chartserve.figure.ImagePlot},
 * {@link dev.chartserve.figure.ContourSet}…) styles or describes what was drawn. Options
 * ({@code ImageOptions}, {@code ContourOptions}, {@code PieOptions}), {@code Colormap},
 * {@code Normalize} and {@code Colors} are values.
 *
 * <p><b>Public API.</b> Every public type here. {@code Axes.xyPlot()} and {@code Figure.of(JFreeChart)}
 * are the escape hatches to JFreeChart for what this API does not cover.
 *
 * <p><b>Thread safety.</b> A figure, its axes and their artists belong to one thread (one request)
 * and are not thread-safe; the option, colour, colormap and normalisation values are immutable and
 * thread-safe. Nothing here has mutable static state.
 */
package dev.chartserve.figure;
