package dev.chartserve.web;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Arrays;

import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.cdi.Figures;
import dev.chartserve.cdi.internal.ChartRegistry;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.guard.RenderGate;
import dev.chartserve.render.Renderer;
import dev.chartserve.web.internal.AppState;
import dev.chartserve.web.internal.Problem;
import dev.chartserve.web.internal.ProblemException;
import dev.chartserve.web.internal.SizeParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /charts/{name}.{format}?width=…&height=…&scale=…}: draws the chart registered as
 * {@code name} on a figure of this request, sizes it as the query asks, and answers with the encoded
 * image.
 */
@Path("")
@RequestScoped
public class ChartResource {
  @Inject
  ChartRegistry registry;
  @Inject
  Figures figures;
  @Context
  ServletContext servletContext;

  private static final Logger LOG = System.getLogger(ChartResource.class.getName());

  @GET
  @Path("{name: [A-Za-z0-9_-]+}.{format: [A-Za-z0-9]+}")
  public Response chart(@PathParam("name") String name, @PathParam("format") String extension,
      @Context UriInfo uri) throws Exception {
    if (!registry.contains(name)) {
      throw new ProblemException(Problem.unknownChart(name, registry.names()));
    }
    ImageFormat format = ImageFormat.forExtension(extension).orElseThrow(() -> new ProblemException(
        Problem.unknownFormat(extension,
            Arrays.stream(ImageFormat.values()).map(ImageFormat::extension).toList())));
    ChartRequest request = SizeParameters.parse(name, format, uri.getQueryParameters());
    AppState state = AppState.ensure(servletContext);
    byte[] image;
    try (RenderGate.Permit permit = state.gate().acquire()) {
      Figure figure = figures.newFigure();
      registry.draw(request, figure);
      SizeParameters.apply(request, figure, state.settings().maxPixels());
      image = Renderer.render(figure, format);
    } catch (RenderGate.Rejected e) {
      LOG.log(Level.INFO, request + ": " + e.getMessage());
      throw new ProblemException(Problem.overloaded(e.rejection()));
    }
    return Response.ok(image, format.mediaType())
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
