package dev.chartserve.web.internal;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;
import dev.chartserve.guard.UrlSigner;
import dev.chartserve.render.ImageFormat;

/**
 * A chart request's query parameters, parsed strictly: those every chart accepts ({@code width},
 * {@code height}, {@code scale}; {@code sig} when signing is on) and those the chart declares
 * ({@link ChartParameter}). An unknown, repeated, malformed or out-of-range parameter is a 400 that
 * names it and what it allows.
 */
public final class QueryParameters {
  /** The largest width or height in CSS pixels. */
  public static final int MAX_SIDE = 4096;
  /** The smallest and largest resolution factor. */
  public static final double MIN_SCALE = 0.25;
  public static final double MAX_SCALE = 4;
  /** The parameters every chart takes; a chart cannot declare these (nor {@code sig}). */
  public static final Set<String> NAMES = Set.of("width", "height", "scale");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,6}");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,6})?");

  private QueryParameters() {
  }

  /** The request for {@code name}.{@code format}, for a chart that declares no parameters. */
  public static ChartRequest parse(String name, ImageFormat format, Map<String, List<String>> query) {
    return parse(name, format, query, List.of());
  }

  /** The request for {@code name}.{@code format} with {@code query}, for a chart that declares {@code declared}. */
  public static ChartRequest parse(String name, ImageFormat format, Map<String, List<String>> query,
      List<ChartParameter> declared) {
    Map<String, ChartParameter> own = new TreeMap<>();
    declared.forEach(p -> own.put(p.name(), p));
    for (String parameter : query.keySet()) {
      if (!NAMES.contains(parameter) && !UrlSigner.PARAMETER.equals(parameter) && !own.containsKey(parameter)) {
        Set<String> accepted = new TreeSet<>(NAMES);
        accepted.addAll(own.keySet());
        throw new ProblemException(Problem.invalidParameter(parameter,
            "unknown parameter \"" + parameter + "\"; this chart accepts: " + String.join(", ", accepted)));
      }
    }
    Map<String, Object> values = new TreeMap<>();
    for (ChartParameter p : own.values()) {
      String text = single(query, p.name());
      try {
        values.put(p.name(), text == null ? p.defaultValue() : p.parse(text));
      } catch (IllegalArgumentException e) {
        throw new ProblemException(Problem.invalidParameter(p.name(), e.getMessage()));
      }
    }
    OptionalInt width = side(query, "width");
    OptionalInt height = side(query, "height");
    double scale = 1;
    String text = single(query, "scale");
    if (text != null) {
      scale = DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
      if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
        throw new ProblemException(Problem.invalidParameter("scale",
            "scale must be a number from " + MIN_SCALE + " to " + MAX_SCALE + ", was \"" + text + "\""));
      }
    }
    return new ChartRequest(name, format, width, height, scale, values);
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

  private static OptionalInt side(Map<String, List<String>> query, String parameter) {
    String text = single(query, parameter);
    if (text == null) {
      return OptionalInt.empty();
    }
    int value = WHOLE.matcher(text).matches() ? Integer.parseInt(text) : -1;
    if (value < 1 || value > MAX_SIDE) {
      throw new ProblemException(Problem.invalidParameter(parameter,
          parameter + " must be a whole number of pixels from 1 to " + MAX_SIDE + ", was \"" + text + "\""));
    }
    return OptionalInt.of(value);
  }

  private static String single(Map<String, List<String>> query, String parameter) {
    List<String> values = query.get(parameter);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new ProblemException(Problem.invalidParameter(parameter,
          parameter + " is given " + values.size() + " times; give it once"));
    }
    return values.get(0);
  }
}
