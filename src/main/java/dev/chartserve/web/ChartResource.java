package dev.chartserve.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.OptionalLong;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.cdi.internal.ChartRegistry;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.guard.internal.SingleFlight;
import dev.chartserve.guard.internal.UrlSigner;
import dev.chartserve.render.Renderer;
import dev.chartserve.web.internal.AppState;
import dev.chartserve.web.internal.CachePolicy;
import dev.chartserve.web.internal.ChartDrawing;
import dev.chartserve.web.internal.ETags;
import dev.chartserve.web.internal.Health;
import dev.chartserve.web.internal.Startup;
import dev.chartserve.web.internal.StartupReport;
import dev.chartserve.web.internal.Problem;
import dev.chartserve.web.internal.ProblemException;
import dev.chartserve.web.internal.SelfRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
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
  ChartDrawing drawing;
  @Context
  ServletContext servletContext;
  @Context
  Request http;

  static final String SVG_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";


  /** {@code GET /charts/_health}: see {@link Health}. 200 when charts can be drawn, else 503. */
  @GET
  @Path("_health")
  public Response health() {
    AppState state = AppState.ensure(servletContext);
    StartupReport startup = Startup.ensure(servletContext);
    return Response.status(startup.canRender() ? 200 : 503)
        .type("application/json")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .entity(Health.json(startup, state, SelfRequests.of(servletContext), registry.names()))
        .build();
  }

  @GET
  @Path("{name: [A-Za-z0-9_-]+}.{format: [A-Za-z0-9]+}")
  public Response chart(@PathParam("name") String name, @PathParam("format") String extension,
      @Context UriInfo uri) throws Exception {
    drawing.checkKnown(name);
    ImageFormat format = ChartDrawing.format(extension);
    AppState state = AppState.ensure(servletContext);
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    if (state.signer().isPresent()) {
      String signature = query.getFirst(UrlSigner.PARAMETER);
      if (!state.signer().get().verify(name, extension, query, signature)) {
        throw new ProblemException(Problem.badSignature(signature == null));
      }
    }
    ChartRequest request = drawing.request(name, format, query);
    Chart chart = registry.annotation(name);
    EntityTag etag = new EntityTag(ETags.of(request, chart.version(), registry.dataVersion(request),
        state.fingerprint().value()));
    Response.ResponseBuilder notModified = http.evaluatePreconditions(etag);
    if (notModified != null) {
      return caching(notModified.tag(etag), chart).build();
    }
    byte[] image = image(request, etag.getValue(), state);
    // The length up front, so the server sends the image whole (no chunks) and in one write when its
    // socket buffer holds it: a node killed mid-way then never leaves a proxy a cut response it can
    // no longer retry (server-config/nginx/README.md, "A node dies").
    Response.ResponseBuilder response = caching(Response.ok(image, request.format().mediaType()).tag(etag), chart)
        .header(HttpHeaders.CONTENT_LENGTH, image.length)
        .header("X-Content-Type-Options", "nosniff");
    if (request.format() == ImageFormat.SVG) {
      // An SVG opened as a document could run script: allow only what ours uses (inline styles,
      // embedded data: images), nothing else, and no navigation or plugins.
      response.header("Content-Security-Policy", SVG_POLICY);
    }
    return response.build();
  }

  /** The chart's {@code Cache-Control}, and {@code Expires} when it lets caches keep the image fresh. */
  private static Response.ResponseBuilder caching(Response.ResponseBuilder response, Chart chart) {
    response.header("Cache-Control", chart.cacheControl());
    OptionalLong lifetime = CachePolicy.sharedLifetime(chart.cacheControl());
    if (lifetime.isPresent()) {
      response.expires(Date.from(Instant.now().plusSeconds(lifetime.getAsLong())));
    }
    return response;
  }

  /**
   * The image tagged {@code etag}: from the cache when it is on and has it; else drawn, once for all
   * the identical requests in flight (equal tags, equal bytes); each of them waits at most as long as
   * it could have waited for its own render (queue timeout plus render timeout).
   */
  private byte[] image(ChartRequest request, String etag, AppState state) throws Exception {
    if (state.cache().isPresent()) {
      var cached = state.cache().get().get(etag);
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    Duration wait = state.settings().queueTimeout().plus(state.settings().renderTimeout());
    byte[] image;
    try {
      image = state.identicalRenders().run(etag, wait, () -> render(request, state));
    } catch (SingleFlight.TimedOut e) {
      throw new ProblemException(Problem.identicalRenderTimeout(request.name(), e.waited().toMillis()));
    } catch (SingleFlight.SharedFailure e) {
      if (e.getCause() instanceof ProblemException problem) {
        throw problem; // its own render would have failed the same way: too large, overloaded, too slow
      }
      throw e;
    }
    state.cache().ifPresent(cache -> cache.put(etag, image));
    return image;
  }

  /** Draws and encodes as {@link ChartDrawing#draw} admits it, under a deadline, counting what happens. */
  private byte[] render(ChartRequest request, AppState state) throws Exception {
    return drawing.draw(request, state, figure -> Renderer.render(figure, request.format()));
  }
}
