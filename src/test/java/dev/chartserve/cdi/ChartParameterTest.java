package dev.chartserve.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChartParameterTest {
  private static final ChartParameter BINS = ChartParameter.integer("bins", 50, 5, 200);

  @Test
  void eachKindParsesItsValues() {
    assertEquals(7, BINS.parse("7"));
    assertEquals(0.25, ChartParameter.decimal("alpha", 0, 0, 1).parse("0.25"));
    assertEquals("red", ChartParameter.choice("color", "blue", "blue", "red").parse("red"));
    assertEquals("Sales 2026 – €", ChartParameter.text("title", "", 40).parse("Sales 2026 – €"));
    assertEquals(true, ChartParameter.flag("grid", false).parse("true"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "4", "201", "7.5", "+7", "1e2", "0x10", " 7", "99999999999"})
  void aWholeNumberOutOfRangeOrMalformedIsRefusedWithWhatIsAllowed(String text) {
    assertEquals("bins must be a whole number from 5 to 200, was \"" + text + "\"",
        assertThrows(IllegalArgumentException.class, () -> BINS.parse(text)).getMessage());
  }

  @Test
  void theOtherKindsSayWhatTheyAllow() {
    assertEquals("alpha must be a number from 0.0 to 1.0, was \"NaN\"",
        message(ChartParameter.decimal("alpha", 0, 0, 1), "NaN"));
    assertEquals("color must be one of blue, red, was \"Red\"",
        message(ChartParameter.choice("color", "blue", "blue", "red"), "Red"));
    assertEquals("title must be text of at most 5 characters, was \"toolong\"",
        message(ChartParameter.text("title", "", 5), "toolong"));
    assertEquals("title must be text of at most 40 characters, was \"a\nb\"",
        message(ChartParameter.text("title", "", 40), "a\nb"));
    assertEquals("grid must be true or false, was \"yes\"", message(ChartParameter.flag("grid", false), "yes"));
  }

  @Test
  void aDefaultOutsideTheAllowedValuesIsRefusedAtDeclaration() {
    assertEquals("bins must be a whole number from 5 to 200, was \"3\"",
        assertThrows(IllegalArgumentException.class, () -> ChartParameter.integer("bins", 3, 5, 200)).getMessage());
    assertEquals("color must be one of blue, red, was \"green\"",
        assertThrows(IllegalArgumentException.class,
            () -> ChartParameter.choice("color", "green", "blue", "red")).getMessage());
  }

  @Test
  void aZoneIsAnIanaIdAndALocaleAKnownLanguageTag() {
    ChartParameter zone = ChartParameter.zone("zone", "UTC");
    assertEquals("Europe/Berlin", zone.parse("Europe/Berlin"));
    assertEquals("America/Los_Angeles", zone.parse("America/Los_Angeles"));
    assertEquals("zone must be an IANA time zone id such as UTC or Europe/Berlin, was \"Mars/Olympus\"",
        message(zone, "Mars/Olympus"));
    assertEquals("zone must be an IANA time zone id such as UTC or Europe/Berlin, was \"+02:00\"",
        message(zone, "+02:00"));
    ChartParameter locale = ChartParameter.locale("locale", "en-US");
    assertEquals("de-DE", locale.parse("de-DE"));
    assertEquals("zh-CN", locale.parse("zh-CN"));
    assertEquals("locale must be a BCP 47 language tag of a known locale such as en-US or de-DE,"
        + " was \"en_US\"", message(locale, "en_US"));
    assertEquals("locale must be a BCP 47 language tag of a known locale such as en-US or de-DE,"
        + " was \"qq-ZZ\"", message(locale, "qq-ZZ"));
  }

  @Test
  void aBadNameIsRefused() {
    assertEquals("a parameter name is a letter then up to 31 letters, digits or _, was \"2x\"",
        assertThrows(IllegalArgumentException.class, () -> ChartParameter.flag("2x", false)).getMessage());
  }

  private static String message(ChartParameter parameter, String text) {
    return assertThrows(IllegalArgumentException.class, () -> parameter.parse(text)).getMessage();
  }
}
