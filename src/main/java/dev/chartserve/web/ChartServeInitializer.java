package dev.chartserve.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.chartserve.web.internal.AppState;
import dev.chartserve.web.internal.Jmx;
import dev.chartserve.web.internal.ChartMode;
import dev.chartserve.web.internal.Settings;
import dev.chartserve.web.internal.Startup;
import dev.chartserve.web.internal.SelfRequests;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

/**
 * Starts ChartServe with the web application: reads and validates its settings (an invalid one fails
 * the deployment), runs the start-up check (headless AWT, fonts, its first charts drawn in-process;
 * see {@link Startup}), registers the {@link ChartFilter} on {@code /charts/*} and a JMX
 * MBean with its numbers (unregistered when the application stops), and, once the application has
 * started, sends it its own HTTP requests of {@code chartserve.warmUp} ({@link SelfRequests}).
 *
 * <p>Registered through {@code META-INF/services/jakarta.servlet.ServletContainerInitializer}, so the
 * jar needs no entry in the application's {@code web.xml}.
 */
public class ChartServeInitializer implements ServletContainerInitializer {
  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    // The start-up check first: it makes AWT headless and initialises it with the system class loader
    // as the context loader, before the settings load fonts (chartserve.fonts) through AWT.
    Startup.ensure(context);
    AppState state = AppState.ensure(context); // an invalid setting throws here: the deployment fails
    context.addListener(Jmx.register(context.getContextPath(), state));
    ChartMode.start(state.settings());
    context.addListener(new ChartMode());
    context.addListener(selfRequests(context, state));
    if (context.getFilterRegistration(ChartFilter.NAME) == null) {
      FilterRegistration.Dynamic filter = context.addFilter(ChartFilter.NAME, ChartFilter.class);
      filter.setAsyncSupported(true);
      filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, ChartFilter.URL_PATTERN);
    }
  }

  private static SelfRequests selfRequests(ServletContext context, AppState state) {
    Settings settings = state.settings();
    ChartUrls urls = new ChartUrls(context.getContextPath(), state.signer());
    List<String> charts = settings.warmUpCharts().stream()
        .map(file -> {
          int dot = file.lastIndexOf('.');
          return urls.url(file.substring(0, dot), file.substring(dot + 1), Map.of());
        })
        .toList();
    SelfRequests requests = new SelfRequests(context.getContextPath(), settings.warmUp(), charts,
        settings.warmUpPort());
    context.setAttribute(SelfRequests.ATTRIBUTE, requests);
    return requests;
  }
}
