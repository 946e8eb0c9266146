/**
 * matplotlib's look: the theme (colours, sizes, spacing), fonts (the bundled DejaVu Sans, as matplotlib ships),
 * strokes, the subplot grid layout and the tight bounding box; the fallback faces for text DejaVu Sans
 * cannot show ({@link dev.chartserve.figure.internal.style.FontFallback}, an immutable registry chosen
 * once) and the cutting of strings into runs per font ({@link dev.chartserve.figure.internal.style.TextRuns}).
 *
 * <p><b>Not API</b>: public only for {@link dev.chartserve.figure}; no compatibility promise. All of it
 * is stateless or immutable, and so thread-safe; a themed chart belongs to one figure.
 */
package dev.chartserve.figure.internal.style;
