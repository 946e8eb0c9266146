/**
 * The CDI side of ChartServe: the portable extension that finds and checks the {@code @Chart}
 * producers at deployment, and the registry that draws them by name.
 *
 * <p><b>Not API</b>: public only for ChartServe's other packages; no compatibility promise.
 * <b>Thread safety</b>: the registry is immutable after deployment and thread-safe.
 */
package dev.chartserve.cdi.internal;
