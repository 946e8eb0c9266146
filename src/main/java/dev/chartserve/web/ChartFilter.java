package dev.chartserve.web;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import dev.chartserve.cdi.Figures;
import dev.chartserve.web.internal.AppState;
import dev.chartserve.web.internal.ChartMode;
import dev.chartserve.web.internal.Problem;
import dev.chartserve.web.internal.ProblemException;
import dev.chartserve.web.internal.Startup;
import dev.chartserve.web.internal.StartupReport;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Wraps every chart request. Before it: the start-up check has run (it runs now if it has not), and
 * when fonts are broken the request gets a 503 that says what to install instead of an
 * {@code InternalError} ({@code /charts/_health} still answers, to say so); the request is admitted
 * as {@code chartserve.mode} says ({@link ChartMode}: in {@code global-lock} mode it holds the global
 * lock to its end). After it, whatever happened: every figure the request made is closed.
 */
public class ChartFilter implements Filter {
  public static final String NAME = "ChartServeFilter";
  public static final String URL_PATTERN = "/charts/*";

  private static final Logger LOG = System.getLogger(ChartFilter.class.getName());

  private StartupReport startup;
  private AppState state;
  private volatile Figures figures;

  @Override
  public void init(FilterConfig config) {
    startup = Startup.ensure(config.getServletContext()); // first: AWT headless before any font is loaded
    state = AppState.ensure(config.getServletContext());
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!startup.canRender() && !isHealth((HttpServletRequest) request)) {
      writeProblem((HttpServletResponse) response, Problem.rendererUnavailable(startup.renderProblem()));
      return;
    }
    HttpServletRequest http = (HttpServletRequest) request;
    ChartMode.Admission admitted;
    try {
      admitted = isHealth(http) ? ChartMode.Admission.NONE : ChartMode.enterRequest(state, http.getRequestURI());
    } catch (ProblemException e) {
      writeProblem((HttpServletResponse) response, e.problem());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServletException("interrupted while waiting for the global lock", e);
    }
    try (admitted) {
      chain.doFilter(request, response);
    } finally {
      closeFigures();
    }
  }

  private void closeFigures() {
    try {
      Figures current = figures;
      if (current == null) {
        current = CDI.current().select(Figures.class).get(); // a proxy to each request's own bean
        figures = current;
      }
      current.closeAll();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not close the request's figures", e);
    }
  }

  private static boolean isHealth(HttpServletRequest request) {
    return "/_health".equals(request.getPathInfo())
        || request.getRequestURI().endsWith("/charts/_health");
  }

  private static void writeProblem(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    if (problem.retryAfterSeconds() > 0) {
      response.setHeader("Retry-After", Long.toString(problem.retryAfterSeconds()));
    }
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(problem.toJson());
  }
}
