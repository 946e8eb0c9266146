/**
 * ChartServe in a servlet container: {@link dev.chartserve.web.ChartServeInitializer} (found by the
 * container) reads the settings, makes AWT headless and warms up; {@link dev.chartserve.web.ChartFilter}
 * wraps every {@code /charts/*} request; {@link dev.chartserve.web.ChartResource} serves
 * {@code /charts/{name}.{png|jpg|svg|pdf}} and {@code /charts/_health};
 * {@link dev.chartserve.web.ChartUrls} builds chart URLs, signed when signing is on.
 *
 * <p><b>Public API</b>: {@code ChartUrls} for applications; the initializer, filter, application and
 * resource are public because the container instantiates them — applications do not call them.
 * <b>Thread safety</b>: {@code ChartUrls} is immutable; the container calls the rest on its threads.
 */
package dev.chartserve.web;
