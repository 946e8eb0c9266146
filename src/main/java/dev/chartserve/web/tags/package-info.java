/**
 * The JSP tag library ({@code cs:}, TLD {@code META-INF/chartserve.tld}): {@code cs:img} and
 * {@code cs:url} write chart URLs, {@code cs:param} adds a parameter, {@code cs:map} draws a chart with
 * its image map of links and tooltips, {@code cs:svg} inlines a chart as SVG with ids of its own.
 *
 * <p><b>Public API</b>: the tags as the TLD declares them; the tag classes are public for the JSP
 * container. <b>Thread safety</b>: a tag instance serves one page on one thread.
 */
package dev.chartserve.web.tags;
