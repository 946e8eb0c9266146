/**
 * The web layer's machinery: settings read once and frozen ({@code Settings}), the application's
 * state ({@code AppState}), what {@code chartserve.mode} changes ({@code ChartMode}), the one way a
 * chart is drawn ({@code ChartDrawing}), query parsing, entity tags and the drawing fingerprint in
 * them ({@code ETags}, {@code Fingerprint}), the {@code Expires} of cacheable charts
 * ({@code CachePolicy}), problem+json errors, health, JMX, the start-up check and the requests the
 * application sends itself once started.
 *
 * <p><b>Not API</b>: public only for {@code web} and {@code web.tags}; no compatibility promise.
 * <b>Thread safety</b>: {@code Settings}, {@code AppState}, {@code Fingerprint} and {@code Problem} are
 * immutable; {@code ChartDrawing} is request-scoped; the rest is stateless or thread-safe as its
 * Javadoc says.
 */
package dev.chartserve.web.internal;
