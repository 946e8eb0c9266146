/**
 * The demo application's charts: the four seed charts, the legacy pyplot charts, the fault charts
 * (enabled by {@code chartserve.demo.faults}) and the random walk.
 *
 * <p><b>Not API</b>: not in the plugin jar; examples to read. <b>Thread safety</b>: each producer is a
 * new instance per request except where its class says otherwise ({@code LegacySharedChart} is the
 * deliberately unsafe one).
 */
package dev.chartserve.demo;
