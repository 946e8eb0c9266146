/**
 * The guardrails of chart serving: the render gate (concurrency, queue, admission by predicted wait)
 * and its {@code Rejection}, render metrics, renders in flight, single flight of identical requests,
 * the image cache and URL signatures.
 *
 * <p><b>Not API</b>: applications configure these with {@code chartserve.*} settings; the types are
 * public only for ChartServe's web layer; no compatibility promise. <b>Thread safety</b>: every type
 * here is thread-safe ({@code Rejection} is an immutable record).
 */
package dev.chartserve.guard.internal;
