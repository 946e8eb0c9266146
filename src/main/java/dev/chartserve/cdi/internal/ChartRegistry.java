package dev.chartserve.cdi.internal;

import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Collections;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

/**
 * The registered chart producers, by name: every {@code @Chart} bean whose {@link Chart#enabledBy()}
 * setting, if it has one, is true. Thread-safe: immutable once constructed.
 */
@ApplicationScoped
public class ChartRegistry {
  @Inject
  BeanManager beanManager;
  @Inject
  ChartExtension extension;

  private Map<String, Bean<?>> producers;
  private NavigableSet<String> names;

  @Inject
  Instance<ServletContext> servletContext;

  @PostConstruct
  void freeze() {
    Map<String, Bean<?>> enabled = new TreeMap<>();
    extension.producers().forEach((name, bean) -> {
      String setting = bean.getBeanClass().getAnnotation(Chart.class).enabledBy();
      if (setting.isEmpty() || Boolean.parseBoolean(setting(setting))) {
        enabled.put(name, bean);
      }
    });
    producers = Map.copyOf(enabled);
    names = Collections.unmodifiableNavigableSet(new TreeSet<>(producers.keySet()));
  }

  /** A setting as ChartServe reads its own: the system property, else the context-param. */
  private String setting(String key) {
    String value = System.getProperty(key);
    if (value == null && servletContext.isResolvable()) {
      value = servletContext.get().getInitParameter(key);
    }
    return value;
  }

  /** Every registered name, in order. */
  public NavigableSet<String> names() {
    return names;
  }

  public boolean contains(String name) {
    return producers.containsKey(name);
  }

  /** The parameters the chart registered as {@code name} declares (beyond width, height, scale). */
  public List<ChartParameter> parameters(String name) {
    bean(name); // refuses an unknown name
    return extension.parameters().getOrDefault(name, List.of());
  }

  /** The {@link Chart} annotation of the producer registered as {@code name}. */
  public Chart annotation(String name) {
    return bean(name).getBeanClass().getAnnotation(Chart.class);
  }

  /** The producer's {@link ChartProducer#dataVersion} for {@code request}. */
  public String dataVersion(ChartRequest request) throws Exception {
    Bean<?> bean = bean(request.name());
    CreationalContext<?> context = beanManager.createCreationalContext(bean);
    try {
      return ((ChartProducer) beanManager.getReference(bean, ChartProducer.class, context)).dataVersion(request);
    } finally {
      context.release();
    }
  }

  private Bean<?> bean(String name) {
    Bean<?> bean = producers.get(name);
    if (bean == null) {
      throw new IllegalArgumentException("no chart named " + name);
    }
    return bean;
  }

  /**
   * Lets the producer registered as {@code request.name()} draw on {@code figure}. A dependent
   * producer is created for this call and destroyed after it.
   *
   * @throws IllegalArgumentException if no producer has that name
   */
  public void draw(ChartRequest request, Figure figure) throws Exception {
    Bean<?> bean = bean(request.name());
    CreationalContext<?> context = beanManager.createCreationalContext(bean);
    try {
      ChartProducer producer = (ChartProducer) beanManager.getReference(bean, ChartProducer.class, context);
      producer.draw(figure, request);
    } finally {
      context.release();
    }
  }
}
