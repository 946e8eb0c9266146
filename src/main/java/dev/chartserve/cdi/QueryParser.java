package dev.chartserve.cdi;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.chartserve.render.ImageFormat;

/** The strict parse behind {@link ChartRequest#parse}; see there for the rules. */
final class QueryParser {
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,6}");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,6})?");

  private QueryParser() {
  }

  static ChartRequest parse(String name, ImageFormat format, Map<String, List<String>> query,
      List<ChartParameter> declared) {
    Map<String, ChartParameter> own = new TreeMap<>();
    declared.forEach(p -> own.put(p.name(), p));
    for (String parameter : query.keySet()) {
      if (!ChartRequest.SIZE_PARAMETERS.contains(parameter) && !own.containsKey(parameter)) {
        Set<String> accepted = new TreeSet<>(ChartRequest.SIZE_PARAMETERS);
        accepted.addAll(own.keySet());
        throw new InvalidParameterException(parameter,
            "unknown parameter \"" + parameter + "\"; this chart accepts: " + String.join(", ", accepted));
      }
    }
    Map<String, Object> values = new TreeMap<>();
    for (ChartParameter p : own.values()) {
      String text = single(query, p.name());
      try {
        values.put(p.name(), text == null ? p.defaultValue() : p.parse(text));
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException(p.name(), e.getMessage());
      }
    }
    OptionalInt width = side(query, "width");
    OptionalInt height = side(query, "height");
    double scale = 1;
    String text = single(query, "scale");
    if (text != null) {
      scale = DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
      if (!(scale >= ChartRequest.MIN_SCALE && scale <= ChartRequest.MAX_SCALE)) {
        throw new InvalidParameterException("scale", "scale must be a number from " + ChartRequest.MIN_SCALE
            + " to " + ChartRequest.MAX_SCALE + ", was \"" + text + "\"");
      }
    }
    return new ChartRequest(name, format, width, height, scale, values);
  }

  private static OptionalInt side(Map<String, List<String>> query, String parameter) {
    String text = single(query, parameter);
    if (text == null) {
      return OptionalInt.empty();
    }
    int value = WHOLE.matcher(text).matches() ? Integer.parseInt(text) : -1;
    if (value < 1 || value > ChartRequest.MAX_SIDE) {
      throw new InvalidParameterException(parameter, parameter + " must be a whole number of pixels from 1 to "
          + ChartRequest.MAX_SIDE + ", was \"" + text + "\"");
    }
    return OptionalInt.of(value);
  }

  private static String single(Map<String, List<String>> query, String parameter) {
    List<String> values = query.get(parameter);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new InvalidParameterException(parameter, parameter + " is given " + values.size() + " times; give it once");
    }
    return values.get(0);
  }
}
