/**
 * Turning a figure into file bytes: {@link dev.chartserve.render.Renderer} writes PNG, JPEG, SVG
 * (Batik) or PDF (OpenPDF), the same bytes for the same figure on any thread;
 * {@link dev.chartserve.render.ImageFormat} names the formats and
 * {@link dev.chartserve.render.RenderOptions} the choices beyond them.
 *
 * <p><b>Public API</b>: those three types. <b>Thread safety</b>: {@code Renderer} holds no state and
 * {@code RenderOptions} is immutable; render a figure on the thread that owns it.
 */
package dev.chartserve.render;
