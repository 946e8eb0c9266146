package dev.chartserve.cdi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Stereotype;

/**
 * Registers a {@link ChartProducer} under a name, served at {@code /charts/{name}.{format}}.
 *
 * <pre>{@code
 * @Chart("sales")
 * public class SalesChart implements ChartProducer {
 *   public void draw(Figure figure, ChartRequest request) { ... }
 * }
 * }</pre>
 *
 * <p>This is a CDI stereotype: the annotation alone makes the class a bean, whatever the bean
 * discovery mode. Its default scope is {@link Dependent}: a new producer for every request, so fields
 * are never shared between requests. Put another scope on the class to change that.
 *
 * <p>Names are 1 to 64 characters of {@code a-z A-Z 0-9 _ -}, starting with a letter or digit, and
 * unique in the application; a bad or duplicated name fails the deployment.
 */
@Stereotype
@Dependent
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Chart {
  /** The chart's name in URLs. */
  String value();

  /**
   * The version of the chart's code and data, part of its {@code ETag}: change it when the same URL
   * should give a different image. The default is {@code "1"}. For data that changes on its own,
   * override {@link ChartProducer#dataVersion} instead.
   */
  String version() default "1";

  /**
   * The {@code Cache-Control} header of the chart's images. The default, {@code no-cache}, lets
   * browsers and proxies keep the image but ask each time, which the strong {@code ETag} answers with
   * a 304 and no drawing. A chart whose image never changes for a URL can say
   * {@code "public, max-age=86400"}.
   */
  String cacheControl() default "no-cache";

  /**
   * A setting that must be {@code true} for this chart to be served, read like ChartServe's own
   * settings (a system property, else a servlet context-param). Empty, the default: always served.
   * The demo's fault charts use {@code chartserve.demo.faults}.
   */
  String enabledBy() default "";
}
