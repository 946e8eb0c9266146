package dev.chartserve.figure.internal.axis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DateTicksTest {
  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z"); // the metrics data
  private static final ZoneId UTC = ZoneOffset.UTC;

  /** The labels of hourly data from START over {@code days}, autoscaled with 5 % margins. */
  private static ConciseDates.Labels metrics(int days, String zone) {
    double lo = EpochDays.of(START);
    double hi = EpochDays.of(START.plus(Duration.ofHours(days * 24L - 1)));
    double margin = (hi - lo) * 0.05;
    return labels(lo - margin, hi + margin, ZoneId.of(zone), Locale.US);
  }

  private static ConciseDates.Labels labels(double lo, double hi, ZoneId zone, Locale locale) {
    return ConciseDates.format(DateTicks.locate(lo, hi, zone), zone, locale);
  }

  private static ConciseDates.Labels between(String from, String to, ZoneId zone, Locale locale) {
    return labels(days(from, zone), days(to, zone), zone, locale);
  }

  private static double days(String local, ZoneId zone) {
    return EpochDays.of(LocalDateTime.parse(local).atZone(zone).toInstant());
  }

  private static List<LocalDateTime> localTicks(String from, String to, ZoneId zone) {
    return Arrays.stream(DateTicks.locate(days(from, zone), days(to, zone), zone))
        .mapToObj(d -> ZonedDateTime.ofInstant(EpochDays.toInstant(d), zone).toLocalDateTime())
        .toList();
  }

  // ---- matplotlib's reference pictures (anchors/real-charts/reference/metrics-*.png) ----

  @Test
  void oneDayInLosAngelesMatchesMatplotlib() {
    ConciseDates.Labels l = metrics(1, "America/Los_Angeles");
    assertArrayEquals(new String[] {"15:00", "18:00", "21:00", "Mar-01", "03:00", "06:00", "09:00",
        "12:00", "15:00"}, l.labels());
    assertEquals("2026-Mar-01", l.offset());
  }

  @Test
  void thirtyDaysInUtcMatchesMatplotlib() {
    ConciseDates.Labels l = metrics(30, "UTC");
    assertArrayEquals(new String[] {"Mar", "05", "09", "13", "17", "21", "25", "29", "Apr"},
        l.labels());
    assertEquals("2026-Apr", l.offset());
  }

  @Test
  void sixtyDaysInBerlinMatchesMatplotlib() {
    ConciseDates.Labels l = metrics(60, "Europe/Berlin");
    assertArrayEquals(new String[] {"Mar", "08", "15", "22", "Apr", "08", "15", "22", "May"},
        l.labels());
    assertEquals("2026-May", l.offset());
  }

  @Test
  void tenYearsInUtcMatchesMatplotlib() {
    ConciseDates.Labels l = metrics(3650, "UTC");
    assertArrayEquals(new String[] {"2026", "2027", "2028", "2029", "2030", "2031", "2032", "2033",
        "2034", "2035", "2036"}, l.labels());
    assertEquals("", l.offset());
  }

  // ---- spans from a minute to ten years ----

  @Test
  void aMinuteIsTickedEveryTenSeconds() {
    ConciseDates.Labels l = between("2026-03-01T00:00", "2026-03-01T00:01", UTC, Locale.US);
    assertArrayEquals(new String[] {"00:00", "10", "20", "30", "40", "50", "00:01"}, l.labels());
    assertEquals("2026-Mar-01 00:01", l.offset());
  }

  @Test
  void anHourIsTickedEveryTenMinutes() {
    ConciseDates.Labels l = between("2026-03-01T00:00", "2026-03-01T01:00", UTC, Locale.US);
    assertArrayEquals(new String[] {"00:00", "00:10", "00:20", "00:30", "00:40", "00:50", "01:00"},
        l.labels());
    assertEquals("2026-Mar-01", l.offset());
  }

  @Test
  void aDayIsTickedEveryThreeHoursAndMidnightsNameTheirDay() {
    ConciseDates.Labels l = between("2026-03-01T00:00", "2026-03-02T00:00", UTC, Locale.US);
    assertArrayEquals(new String[] {"Mar-01", "03:00", "06:00", "09:00", "12:00", "15:00", "18:00",
        "21:00", "Mar-02"}, l.labels());
    assertEquals("2026-Mar-02", l.offset());
  }

  @Test
  void aYearIsTickedEveryOtherMonthAndJanuaryNamesItsYear() {
    ConciseDates.Labels l = between("2026-03-01T00:00", "2027-03-01T00:00", UTC, Locale.US);
    assertArrayEquals(new String[] {"Mar", "May", "Jul", "Sep", "Nov", "2027", "Mar"}, l.labels());
    assertEquals("", l.offset()); // the year is in the labels
  }

  @Test
  void tenYearsAreTickedEveryYear() {
    assertEquals(11, between("2026-01-01T00:00", "2036-01-01T00:00", UTC, Locale.US)
        .labels().length);
  }

  // ---- zones and locales ----

  @Test
  void oneDayFromMarchFirstUtcNamesMarchFirstInLosAngelesAndMarchSecondOnKiritimati() {
    List<String> la = List.of(metrics(1, "America/Los_Angeles").labels());
    assertTrue(la.contains("Mar-01"));
    assertFalse(la.contains("Mar-02"));
    List<String> kiritimati = List.of(metrics(1, "Pacific/Kiritimati").labels());
    assertTrue(kiritimati.contains("Mar-02"));
    assertFalse(kiritimati.contains("Mar-01"));
  }

  @Test
  void monthNamesFollowTheLocale() {
    ConciseDates.Labels l = between("2026-03-01T00:00", "2027-03-01T00:00", UTC, Locale.GERMANY);
    assertArrayEquals(new String[] {"Mär", "Mai", "Jul", "Sep", "Nov", "2027", "Mär"}, l.labels());
    assertEquals("2026-Apr", metrics(30, "UTC").offset());
    assertEquals("2026-Okt", between("2026-10-01T00:00", "2026-10-31T00:00", UTC, Locale.GERMANY)
        .offset());
  }

  // ---- daylight saving time ----

  @Test
  void theSkippedHourInBerlinGetsNoTick() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertEquals(List.of(LocalDateTime.parse("2026-03-29T00:00"), LocalDateTime.parse("2026-03-29T01:00"),
        LocalDateTime.parse("2026-03-29T03:00"), LocalDateTime.parse("2026-03-29T04:00"),
        LocalDateTime.parse("2026-03-29T05:00"), LocalDateTime.parse("2026-03-29T06:00")),
        localTicks("2026-03-29T00:00", "2026-03-29T06:00", berlin));
    assertArrayEquals(new String[] {"Mar-29", "01:00", "03:00", "04:00", "05:00", "06:00"},
        between("2026-03-29T00:00", "2026-03-29T06:00", berlin, Locale.US).labels());
  }

  @Test
  void theTwentyThreeHourDayInBerlinIsTickedAtLocalMidnightsAndEveryThreeLocalHours() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    List<LocalDateTime> ticks = localTicks("2026-03-29T00:00", "2026-03-30T00:00", berlin);
    assertEquals(LocalDateTime.parse("2026-03-29T00:00"), ticks.get(0));
    assertEquals(LocalDateTime.parse("2026-03-30T00:00"), ticks.get(ticks.size() - 1));
    for (LocalDateTime t : ticks) {
      assertEquals(0, t.getHour() % 3, t.toString());
      assertEquals(0, t.getMinute(), t.toString());
    }
    assertEquals(9, ticks.size());
  }

  @Test
  void theRepeatedHourInNewYorkGetsOneTickAtItsFirstOccurrence() {
    ZoneId ny = ZoneId.of("America/New_York");
    ConciseDates.Labels l = between("2026-11-01T00:00", "2026-11-01T06:00", ny, Locale.US);
    assertArrayEquals(new String[] {"Nov-01", "01:00", "02:00", "03:00", "04:00", "05:00", "06:00"},
        l.labels());
    double[] ticks = DateTicks.locate(days("2026-11-01T00:00", ny), days("2026-11-01T06:00", ny), ny);
    assertEquals(Instant.parse("2026-11-01T05:00:00Z"), EpochDays.toInstant(ticks[1])); // 01:00 EDT
    assertEquals(Instant.parse("2026-11-01T07:00:00Z"), EpochDays.toInstant(ticks[2])); // 02:00 EST
  }

  @Test
  void theTwentyFiveHourDayInNewYorkIsTickedAtLocalMidnights() {
    ZoneId ny = ZoneId.of("America/New_York");
    List<LocalDateTime> ticks = localTicks("2026-11-01T00:00", "2026-11-02T00:00", ny);
    assertEquals(LocalDateTime.parse("2026-11-01T00:00"), ticks.get(0));
    assertEquals(LocalDateTime.parse("2026-11-02T00:00"), ticks.get(ticks.size() - 1));
    for (LocalDateTime t : ticks) {
      assertEquals(0, t.getHour() % 3, t.toString());
    }
  }

  @Test
  void epochDaysRoundTripToTheMicrosecond() {
    Instant t = Instant.parse("2026-03-29T01:59:59.123456Z");
    assertEquals(t, EpochDays.toInstant(EpochDays.of(t)));
    assertEquals(0.25, EpochDays.of(Instant.parse("1970-01-01T06:00:00Z")));
  }
}
