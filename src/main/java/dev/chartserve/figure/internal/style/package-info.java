/**
 * matplotlib's look: the theme (colours, sizes, spacing), fonts (the bundled DejaVu Sans, as matplotlib ships),
 * strokes, the subplot grid layout and the tight bounding box.
 *
 * <p><b>Not API</b>: public only for {@link dev.chartserve.figure}; no compatibility promise. All of it
 * is stateless or immutable, and so thread-safe; a themed chart belongs to one figure.
 */
package dev.chartserve.figure.internal.style;
