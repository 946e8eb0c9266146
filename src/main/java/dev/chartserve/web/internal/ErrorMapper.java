package dev.chartserve.web.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.UUID;

import dev.chartserve.guard.internal.SingleFlight;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure under {@code /charts} becomes {@code application/problem+json}: our own problems as
 * they are, the JAX-RS runtime's (no such path, wrong method) with their status, and anything else as
 * a 500 whose request id leads to the stack trace in the log.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = System.getLogger(ErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    return response(problemFor(thrown));
  }

  static Problem problemFor(Throwable thrown) {
    if (thrown instanceof ProblemException e) {
      return e.problem();
    }
    if (thrown instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      return Problem.http(status.getStatusCode(), status.getReasonPhrase(),
          e.getMessage() == null ? status.getReasonPhrase() : e.getMessage());
    }
    String requestId = UUID.randomUUID().toString();
    if (thrown instanceof SingleFlight.SharedFailure shared) {
      // The identical request it waited for has logged the stack trace already.
      LOG.log(Level.WARNING, "chart request failed with the identical render it waited for, request id "
          + requestId + ": " + shared.getCause());
    } else {
      LOG.log(Level.ERROR, "chart request failed, request id " + requestId, thrown);
    }
    return Problem.internal(requestId);
  }

  public static Response response(Problem problem) {
    Response.ResponseBuilder response = Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .entity(problem.toJson());
    if (problem.retryAfterSeconds() > 0) {
      response.header("Retry-After", problem.retryAfterSeconds());
    }
    return response.build();
  }
}
