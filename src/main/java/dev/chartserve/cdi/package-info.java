/**
 * How an application declares its charts: a CDI bean annotated {@link dev.chartserve.cdi.Chart}
 * implementing {@link dev.chartserve.cdi.ChartProducer} draws on the figure it is given for a
 * {@link dev.chartserve.cdi.ChartRequest} (name, format, size, and the parameters it declares with
 * {@link dev.chartserve.cdi.ChartParameter}); {@link dev.chartserve.cdi.Figures} is the request-scoped
 * bean whose figures are closed at the end of the request.
 *
 * <p><b>Public API</b>: every public type here. <b>Thread safety</b>: {@code ChartRequest} and
 * {@code ChartParameter} are immutable; a producer is called by one request's thread (a new one per
 * request unless its class says otherwise); {@code Figures} belongs to its request.
 */
package dev.chartserve.cdi;
