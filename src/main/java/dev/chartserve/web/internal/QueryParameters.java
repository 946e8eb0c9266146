package dev.chartserve.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.cdi.InvalidParameterException;
import dev.chartserve.figure.Figure;
import dev.chartserve.guard.internal.UrlSigner;
import dev.chartserve.render.ImageFormat;

/**
 * A chart URL's query parameters: parsed strictly by {@link ChartRequest#parse} ({@code sig} aside,
 * which the signature check reads), an invalid one a 400 that names it and what it allows; and the
 * pixel budget of the size they ask for.
 */
public final class QueryParameters {
  private QueryParameters() {
  }

  /** The request for {@code name}.{@code format}, for a chart that declares no parameters. */
  public static ChartRequest parse(String name, ImageFormat format, Map<String, List<String>> query) {
    return parse(name, format, query, List.of());
  }

  /**
   * The request for {@code name}.{@code format} with {@code query}, for a chart that declares {@code declared}.
   *
   * @throws ProblemException 400 naming the invalid parameter
   */
  public static ChartRequest parse(String name, ImageFormat format, Map<String, List<String>> query,
      List<ChartParameter> declared) {
    Map<String, List<String>> unsigned = query;
    if (query.containsKey(UrlSigner.PARAMETER)) {
      unsigned = new LinkedHashMap<>(query);
      unsigned.remove(UrlSigner.PARAMETER);
    }
    try {
      return ChartRequest.parse(name, format, unsigned, declared);
    } catch (InvalidParameterException e) {
      throw new ProblemException(Problem.invalidParameter(e.parameter(), e.getMessage()));
    }
  }

  /**
   * Gives {@code figure} the size and resolution that {@code request} asks for, after its producer
   * drew it, and checks the pixel budget ({@code chartserve.maxPixels}) before anything is rasterised.
   */
  public static void apply(ChartRequest request, Figure figure, long maxPixels) {
    request.applySize(figure);
    long pixels = (long) figure.pixelWidth() * figure.pixelHeight();
    if (pixels > maxPixels) {
      throw new ProblemException(Problem.tooLarge(
          "the image would have " + figure.pixelWidth() + " × " + figure.pixelHeight() + " = " + pixels
              + " pixels; the most is " + maxPixels + " (lower width, height or scale)"));
    }
  }
}
