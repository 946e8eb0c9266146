package dev.chartserve.cdi;

import java.util.Objects;

/**
 * A chart request's query parameter that the chart does not accept: unknown, repeated, malformed or
 * out of range. The message names the parameter and what it allows; the server answers it with a
 * 400 whose problem names {@link #parameter()}.
 */
public final class InvalidParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  public InvalidParameterException(String parameter, String message) {
    super(message);
    this.parameter = Objects.requireNonNull(parameter, "parameter");
  }

  /** The parameter's name, as it stood in the query. */
  public String parameter() {
    return parameter;
  }
}
