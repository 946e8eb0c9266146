package dev.chartserve.web.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.cdi.Figures;
import dev.chartserve.cdi.internal.ChartRegistry;
import dev.chartserve.figure.Deadline;
import dev.chartserve.figure.DeadlineExceededException;
import dev.chartserve.figure.Figure;
import dev.chartserve.guard.internal.InFlight;
import dev.chartserve.guard.internal.RenderMetrics;
import dev.chartserve.render.ImageFormat;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The one way a chart is drawn in this application, for the image resource and for the JSP tags
 * that draw in-process ({@code <cs:map>}, {@code <cs:svg>}): the request's parameters checked against
 * what the chart declares, a permit of the render gate, a deadline, a figure of this request, the
 * producer, the size the request asks for, then {@code output} on the drawn figure. Counted in the
 * render metrics either way. Request-scoped: used by one request's thread.
 */
@RequestScoped
public class ChartDrawing {
  /** What is made of a drawn figure: the encoded image, its image map, its SVG. */
  @FunctionalInterface
  public interface Output<T> {
    T from(Figure figure) throws Exception;
  }

  private static final Logger LOG = System.getLogger(ChartDrawing.class.getName());

  @Inject
  ChartRegistry registry;
  @Inject
  Figures figures;

  /**
   * The request for chart {@code name} in {@code format} with {@code query}, checked as a chart URL's
   * would be (signature aside).
   *
   * @throws ProblemException naming what is wrong: an unknown chart or parameter, a bad value
   */
  public ChartRequest request(String name, ImageFormat format, Map<String, List<String>> query) {
    checkKnown(name);
    return QueryParameters.parse(name, format, query, registry.parameters(name));
  }

  /**
   * Checks that a chart is registered as {@code name}.
   *
   * @throws ProblemException 404 naming the chart and the known ones
   */
  public void checkKnown(String name) {
    if (!registry.contains(name)) {
      throw new ProblemException(Problem.unknownChart(name, registry.names()));
    }
  }

  /**
   * The format a file extension names ({@code png}, {@code jpg}, {@code svg}, {@code pdf}).
   *
   * @throws ProblemException 404 naming the extension and the known ones
   */
  public static ImageFormat format(String extension) {
    return ImageFormat.forExtension(extension).orElseThrow(() -> new ProblemException(
        Problem.unknownFormat(extension, Arrays.stream(ImageFormat.values()).map(ImageFormat::extension).toList())));
  }

  /**
   * Draws {@code request} and returns {@code output} of the figure, admitted by {@link ChartMode}
   * (a render permit; in {@code global-lock} mode the global lock, unless this thread's request holds
   * it) and under the render deadline.
   *
   * @throws ProblemException too large, overloaded (503) or past the render deadline (503)
   */
  public <T> T draw(ChartRequest request, AppState state, Output<T> output) throws Exception {
    RenderMetrics metrics = state.metrics();
    long queued = System.nanoTime();
    try (ChartMode.Admission admitted = ChartMode.enterRender(state, request);
        InFlight.Render running = state.inFlight().begin()) {
      long start = System.nanoTime();
      metrics.waited(start - queued);
      T result;
      Figure figure = null;
      try {
        Deadline deadline = Deadline.after(state.settings().renderTimeout());
        figure = figures.newFigure();
        figure.setDeadline(deadline);
        Figure drawn = figure;
        result = ChartMode.drawing(state.settings(), deadline, () -> {
          registry.draw(request, drawn);
          QueryParameters.apply(request, drawn, state.settings().maxPixels());
          return output.from(drawn);
        });
      } catch (ProblemException e) {
        throw e; // the request's own fault (too large), not a failed render
      } catch (DeadlineExceededException e) {
        metrics.timedOut();
        LOG.log(Level.WARNING, request + ": " + e.getMessage());
        throw new ProblemException(Problem.renderTimeout(request.name(), e.budget().toMillis()));
      } catch (Exception | Error e) {
        metrics.failed();
        throw e;
      } finally {
        if (figure != null) {
          figure.close(); // now, not at the end of the request: a page may draw many
        }
      }
      metrics.rendered(System.nanoTime() - start);
      return result;
    }
  }
}
