/**
 * The encoders behind {@link dev.chartserve.render.Renderer}: rasterising a figure ({@code Raster}),
 * ChartServe's own PNG encoder (filters, deflate, Huffman codes), JPEG through ImageIO, SVG through
 * Batik, PDF through OpenPDF with embedded fonts.
 *
 * <p><b>Not API</b>: public only for {@code render} and the benchmarks; no compatibility promise.
 * <b>Thread safety</b>: every encoder is a static call that keeps its buffers to itself.
 */
package dev.chartserve.render.internal;
