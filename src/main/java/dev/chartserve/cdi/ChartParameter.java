package dev.chartserve.cdi;

import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A query parameter that a chart declares (see {@link ChartProducer#parameters()}): its name, its
 * type, its default, and the values it allows. Requests are checked against it before anything is
 * drawn; a bad value is a 400 that names the parameter, the allowed values and the value sent.
 *
 * <pre>{@code
 * public List<ChartParameter> parameters() {
 *   return List.of(ChartParameter.integer("bins", 50, 5, 200),
 *                  ChartParameter.choice("color", "blue", "blue", "red", "green"));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ChartParameter {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,31}");
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");
  private static final java.util.Set<Locale> KNOWN_LOCALES =
      java.util.Set.copyOf(java.util.Arrays.asList(Locale.getAvailableLocales()));

  /** Names a chart cannot declare: every chart takes these, and {@code sig} carries signatures. */
  public static final java.util.Set<String> RESERVED = java.util.Set.of("width", "height", "scale", "sig");

  /** The kinds of value a parameter can take. */
  public enum Type { INTEGER, DECIMAL, CHOICE, TEXT, FLAG, ZONE, LOCALE }

  private final String name;
  private final Type type;
  private final Object defaultValue;
  private final double min;
  private final double max;
  private final List<String> choices;
  private final int maxLength;

  private ChartParameter(String name, Type type, Object defaultValue, double min, double max,
      List<String> choices, int maxLength) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a parameter name is a letter then up to 31 letters, digits or _,"
          + " was \"" + name + "\"");
    }
    this.name = name;
    this.type = type;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.choices = choices;
    this.maxLength = maxLength;
    if (defaultValue != null) {
      parse(String.valueOf(defaultValue)); // the default must be a value the parameter allows
    }
  }

  /** A whole number from {@code min} to {@code max}. */
  public static ChartParameter integer(String name, int defaultValue, int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException(name + ": min > max: " + min + " > " + max);
    }
    return new ChartParameter(name, Type.INTEGER, defaultValue, min, max, List.of(), 0);
  }

  /** A decimal number from {@code min} to {@code max}, written with a dot. */
  public static ChartParameter decimal(String name, double defaultValue, double min, double max) {
    if (!(min <= max)) {
      throw new IllegalArgumentException(name + ": min > max: " + min + " > " + max);
    }
    return new ChartParameter(name, Type.DECIMAL, defaultValue, min, max, List.of(), 0);
  }

  /** One of {@code allowed}, exactly as written. */
  public static ChartParameter choice(String name, String defaultValue, String... allowed) {
    if (allowed.length == 0) {
      throw new IllegalArgumentException(name + ": a choice needs at least one allowed value");
    }
    return new ChartParameter(name, Type.CHOICE, Objects.requireNonNull(defaultValue, "defaultValue"), 0, 0,
        List.of(allowed), 0);
  }

  /** Any text of at most {@code maxLength} characters (drawn as it is: it is never markup). */
  public static ChartParameter text(String name, String defaultValue, int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException(name + ": maxLength < 1: " + maxLength);
    }
    return new ChartParameter(name, Type.TEXT, Objects.requireNonNull(defaultValue, "defaultValue"), 0, 0,
        List.of(), maxLength);
  }

  /** {@code true} or {@code false}. */
  public static ChartParameter flag(String name, boolean defaultValue) {
    return new ChartParameter(name, Type.FLAG, defaultValue, 0, 0, List.of(), 0);
  }

  /**
   * An IANA time zone id ({@code Europe/Berlin}, {@code UTC}, {@code America/Los_Angeles}), given
   * to the chart as its normalised text; read it with {@code ZoneId.of(request.getString(name))}.
   */
  public static ChartParameter zone(String name, String defaultValue) {
    return new ChartParameter(name, Type.ZONE, Objects.requireNonNull(defaultValue, "defaultValue"), 0, 0,
        List.of(), 0);
  }

  /**
   * A BCP 47 language tag of a locale the JVM knows ({@code en-US}, {@code de-DE}, {@code zh-CN}),
   * given to the chart as its normalised tag; read it with
   * {@code Locale.forLanguageTag(request.getString(name))}.
   */
  public static ChartParameter locale(String name, String defaultValue) {
    return new ChartParameter(name, Type.LOCALE, Objects.requireNonNull(defaultValue, "defaultValue"), 0, 0,
        List.of(), 0);
  }

  public String name() {
    return name;
  }

  public Type type() {
    return type;
  }

  /** The value when the request does not give one: an Integer, Double, String (also zones and locales) or Boolean. */
  public Object defaultValue() {
    return defaultValue;
  }

  /** What the parameter allows, in words: "a whole number from 5 to 200". */
  public String allowed() {
    return switch (type) {
      case INTEGER -> "a whole number from " + (long) min + " to " + (long) max;
      case DECIMAL -> "a number from " + min + " to " + max;
      case CHOICE -> "one of " + String.join(", ", choices);
      case TEXT -> "text of at most " + maxLength + " characters";
      case FLAG -> "true or false";
      case ZONE -> "an IANA time zone id such as UTC or Europe/Berlin";
      case LOCALE -> "a BCP 47 language tag of a known locale such as en-US or de-DE";
    };
  }

  /**
   * The value that {@code text} stands for.
   *
   * @throws IllegalArgumentException naming the parameter, what it allows and the value given
   */
  public Object parse(String text) {
    Objects.requireNonNull(text, "text");
    Object value = switch (type) {
      case INTEGER -> WHOLE.matcher(text).matches() && inRange(Long.parseLong(text)) ? Integer.valueOf(text) : null;
      case DECIMAL -> DECIMAL.matcher(text).matches() && inRange(Double.parseDouble(text))
          ? Double.valueOf(text) : null;
      case CHOICE -> choices.contains(text) ? text : null;
      case TEXT -> text.length() <= maxLength && text.chars().noneMatch(Character::isISOControl) ? text : null;
      case FLAG -> text.equals("true") || text.equals("false") ? Boolean.valueOf(text) : null;
      case ZONE -> zoneId(text);
      case LOCALE -> localeTag(text);
    };
    if (value == null) {
      throw new IllegalArgumentException(name + " must be " + allowed() + ", was \"" + text + "\"");
    }
    return value;
  }

  private static String zoneId(String text) {
    // region ids only: offsets such as +02:00 are not zones a chart's reader would name
    return text.length() <= 64 && ZoneId.getAvailableZoneIds().contains(text) ? ZoneId.of(text).getId() : null;
  }

  private static String localeTag(String text) {
    if (text.length() > 35) {
      return null;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(text).build();
      return KNOWN_LOCALES.contains(locale) ? locale.toLanguageTag() : null;
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  private boolean inRange(double value) {
    return value >= min && value <= max;
  }

  @Override
  public String toString() {
    return name + " (" + type.name().toLowerCase(Locale.ROOT) + ", " + allowed() + ", default " + defaultValue + ")";
  }
}
