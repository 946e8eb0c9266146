package dev.chartserve.cdi.internal;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartProducer;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.DeploymentException;
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
  private final Map<String, List<ChartParameter>> parameters = new TreeMap<>();

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

  /** Reads each producer's declared parameters once, and fails the deployment for a bad declaration. */
  void readParameters(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
    producers.forEach((name, bean) -> {
      CreationalContext<?> context = beanManager.createCreationalContext(bean);
      try {
        ChartProducer producer = (ChartProducer) beanManager.getReference(bean, ChartProducer.class, context);
        List<ChartParameter> declared = List.copyOf(producer.parameters());
        String problem = problemWithParameters(name, declared);
        if (problem != null) {
          event.addDeploymentProblem(new DeploymentException(problem));
        } else {
          parameters.put(name, declared);
        }
      } catch (RuntimeException e) {
        event.addDeploymentProblem(new DeploymentException(
            "@Chart(\"" + name + "\"): its parameters() failed: " + e, e));
      } finally {
        context.release();
      }
    });
  }

  /** Why {@code declared} cannot be the parameters of chart {@code name}, or {@code null}. */
  static String problemWithParameters(String name, List<ChartParameter> declared) {
    Set<String> seen = new HashSet<>();
    for (ChartParameter p : declared) {
      if (ChartParameter.RESERVED.contains(p.name())) {
        return "@Chart(\"" + name + "\") declares parameter \"" + p.name() + "\", which every chart has"
            + " already (reserved: height, scale, sig, width)";
      }
      if (!seen.add(p.name())) {
        return "@Chart(\"" + name + "\") declares parameter \"" + p.name() + "\" twice";
      }
    }
    return null;
  }

  /** Each producer's declared parameters, by chart name. Complete once the deployment is validated. */
  Map<String, List<ChartParameter>> parameters() {
    return Collections.unmodifiableMap(parameters);
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
