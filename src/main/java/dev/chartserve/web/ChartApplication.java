package dev.chartserve.web;

import java.util.Set;

import dev.chartserve.web.internal.ErrorMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * ChartServe's JAX-RS application at {@code /charts}. It lists its classes, so it never picks up the
 * host application's own resources.
 */
@ApplicationPath("charts")
public class ChartApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(ChartResource.class, ErrorMapper.class);
  }
}
