package dev.chartserve.cdi.internal;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBean;

/**
 * Finds every {@link Chart @Chart} bean when the application deploys, and fails the deployment for
 * a bad or duplicated name, or a class that is not a {@link ChartProducer}. Nothing is looked up by
 * class name later: the names found here are the only ones served.
 */
public class ChartExtension implements Extension {
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private final Map<String, Bean<?>> producers = new TreeMap<>();

  void onBean(@Observes ProcessBean<?> event) {
    Bean<?> bean = event.getBean();
    Chart chart = bean.getBeanClass().getAnnotation(Chart.class);
    if (chart == null || !bean.getStereotypes().contains(Chart.class)) {
      return;
    }
    Bean<?> other = producers.get(chart.value());
    String problem = problemWith(chart.value(), bean.getBeanClass(), other == null ? null : other.getBeanClass());
    if (problem == null) {
      problem = problemWithHeaders(chart);
    }
    if (problem != null) {
      event.addDefinitionError(new DefinitionException(problem));
      return;
    }
    producers.put(chart.value(), bean);
  }

  /** Why {@code beanClass} cannot be registered as {@code name}, or {@code null} if it can. */
  static String problemWith(String name, Class<?> beanClass, Class<?> alreadyNamed) {
    String where = beanClass.getName();
    if (!ChartProducer.class.isAssignableFrom(beanClass)) {
      return "@Chart(\"" + name + "\") on " + where + ": the class must implement "
          + ChartProducer.class.getName();
    }
    if (!NAME.matcher(name).matches()) {
      return "@Chart(\"" + name + "\") on " + where + ": a chart name must be 1 to 64 characters of"
          + " a-z A-Z 0-9 _ -, starting with a letter or digit";
    }
    if (alreadyNamed != null) {
      return "two chart producers are named \"" + name + "\": " + alreadyNamed.getName() + " and " + where;
    }
    return null;
  }

  /** Why the annotation's header values cannot be sent, or {@code null}. */
  static String problemWithHeaders(Chart chart) {
    for (String value : new String[] {chart.version(), chart.cacheControl()}) {
      if (value.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
        return "@Chart(\"" + chart.value() + "\"): version and cacheControl must be printable ASCII, was \""
            + value.replace("\r", "\\r").replace("\n", "\\n") + "\"";
      }
    }
    return null;
  }

  /** The producers found, by name, in name order. Complete once the deployment is validated. */
  Map<String, Bean<?>> producers() {
    return Collections.unmodifiableMap(producers);
  }
}
