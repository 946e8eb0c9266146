/**
 * Figures and axes with matplotlib's names and default style, drawn by JFreeChart.
 *
 * <p><b>Public API.</b> {@link dev.chartserve.figure.Figure} (size, dpi, subplots, suptitle,
 * legend, tight bounding box, deadline) and {@link dev.chartserve.figure.Axes} are the doors:
 * everything that draws is made through them. What they return are handles and results:
 * the artists {@link dev.chartserve.figure.Line}, {@link dev.chartserve.figure.Scatter},
 * {@link dev.chartserve.figure.Patch}, {@link dev.chartserve.figure.Text} and
 * {@link dev.chartserve.figure.Annotation} (live: changing one changes the next drawing), the
 * bars of one call {@link dev.chartserve.figure.BarContainer}, {@link dev.chartserve.figure.Histogram},
 * and the read-only
 * {@link dev.chartserve.figure.ImagePlot}, {@link dev.chartserve.figure.ContourSet} and
 * {@link dev.chartserve.figure.PieWedges}. Options and values are immutable:
 * {@link dev.chartserve.figure.ImageOptions}, {@link dev.chartserve.figure.ContourOptions},
 * {@link dev.chartserve.figure.PieOptions}, {@link dev.chartserve.figure.Colormap},
 * {@link dev.chartserve.figure.Normalize}, {@link dev.chartserve.figure.Deadline}; and
 * {@link dev.chartserve.figure.Colors} parses matplotlib's colour spellings.
 * {@link dev.chartserve.figure.Axes#xyPlot()} hands out the JFreeChart plot for what this API does
 * not cover. The subpackages under {@code internal} are not API: they may change in any release.
 *
 * <p><b>Thread safety.</b> A figure, its axes and its artists belong to one request (or thread) and
 * are not thread-safe; different figures may be built and drawn on different threads at once. The
 * options, colormaps, norms, deadlines and the read-only results are immutable and thread-safe.
 */
package dev.chartserve.figure;
