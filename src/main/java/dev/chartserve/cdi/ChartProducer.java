package dev.chartserve.cdi;

import java.util.List;

import dev.chartserve.figure.Figure;

/**
 * Draws one chart. Annotate an implementation with {@link Chart @Chart("name")} to serve it.
 *
 * <p>ChartServe creates the {@link Figure}, calls {@link #draw}, encodes the figure in the format the
 * URL asks for and closes it when the request ends. The producer only draws: it must not keep the
 * figure, nor share charts or datasets with other requests.
 */
@FunctionalInterface
public interface ChartProducer {
  /**
   * Draws on {@code figure}, a fresh figure of the default size (6.4 × 4.8 in at 100 dpi) that the
   * producer may resize. Anything thrown becomes a 500 problem response; its detail stays in the log.
   */
  void draw(Figure figure, ChartRequest request) throws Exception;

  /**
   * A tag for the data this request would show, such as the time the data last changed. It goes into
   * the image's strong {@code ETag}, computed before drawing, so a client holding the current image
   * gets a 304 and nothing is drawn. The default, the empty string, means the image depends only on
   * the chart's code ({@link Chart#version()}) and the request's parameters.
   */
  default String dataVersion(ChartRequest request) throws Exception {
    return "";
  }

  /**
   * The query parameters this chart takes besides {@code width}, {@code height} and {@code scale},
   * which every chart takes. Read once when the application deploys (a bad declaration fails the
   * deployment); requests are checked against them before drawing, and {@link ChartRequest} gives
   * their values, defaults filled in. The default: none.
   */
  default List<ChartParameter> parameters() {
    return List.of();
  }
}
