package dev.chartserve.figure.internal.axis;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Tick labels of a time axis as matplotlib's {@code ConciseDateFormatter}: the labels name the
 * finest unit that changes between ticks (year, month, day, hour and minute, or second), a tick at
 * the start of the next larger unit names that unit instead (a midnight shows its day "Mar-01", the
 * first of a month its month "Apr", Jan 1 its year "2027"), and an offset text names what all
 * ticks share ("2026-Apr"), from the last tick. Months are named in the locale, in their
 * stand-alone short form. Stateless.
 */
public final class ConciseDates {
  /** The labels of some ticks and the offset text ("" for none). */
  public record Labels(String[] labels, String offset) {
  }

  private static final int YEAR = 0;
  private static final int MONTH = 1;
  private static final int DAY = 2;
  private static final int HOUR = 3;
  private static final int SECOND = 5;

  // matplotlib's formats per level: years, months, days, hours, minutes, seconds
  private static final String[] FORMATS = {"uuuu", "LLL", "dd", "HH:mm", "HH:mm", "ss.SSSSSS"};
  private static final String[] ZERO_FORMATS = {"", "uuuu", "LLL", "LLL-dd", "HH:mm", "HH:mm"};
  private static final String[] OFFSET_FORMATS = {"", "uuuu", "uuuu-LLL", "uuuu-LLL-dd",
      "uuuu-LLL-dd", "uuuu-LLL-dd HH:mm"};

  private ConciseDates() {
  }

  /** Labels for {@code ticks} (epoch days) in {@code zone}, month names in {@code locale}. */
  public static Labels format(double[] ticks, ZoneId zone, Locale locale) {
    if (ticks.length == 0) {
      return new Labels(new String[0], "");
    }
    ZonedDateTime[] times = new ZonedDateTime[ticks.length];
    int[][] fields = new int[ticks.length][];
    for (int i = 0; i < ticks.length; i++) {
      times[i] = ZonedDateTime.ofInstant(EpochDays.toInstant(ticks[i]), zone);
      LocalDateTime t = times[i].toLocalDateTime();
      fields[i] = new int[] {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(),
          t.getMinute(), t.getSecond()};
    }
    boolean showOffset = true;
    int level = SECOND;
    for (int l = SECOND; l >= YEAR; l--) {
      if (varies(fields, l)) {
        level = l;
        // a January among month ticks (or year 1 among years) shows the year in the labels
        if (l < DAY && has(fields, l, 1)) {
          showOffset = false;
        }
        break;
      }
    }
    int[] zeros = {0, 1, 1, 0, 0, 0};
    DateTimeFormatter normal = DateTimeFormatter.ofPattern(FORMATS[level], locale);
    DateTimeFormatter zero = ZERO_FORMATS[level].isEmpty() ? null
        : DateTimeFormatter.ofPattern(ZERO_FORMATS[level], locale);
    String[] labels = new String[ticks.length];
    for (int i = 0; i < ticks.length; i++) {
      boolean atZero = level < SECOND ? fields[i][level] == zeros[level]
          : times[i].getSecond() == 0 && times[i].getNano() / 1000 == 0;
      DateTimeFormatter f = atZero ? zero : normal;
      labels[i] = f == null ? "" : f.format(times[i]);
    }
    if (level == SECOND) {
      stripZeros(labels);
    }
    String offset = "";
    if (showOffset && !OFFSET_FORMATS[level].isEmpty()) {
      offset = DateTimeFormatter.ofPattern(OFFSET_FORMATS[level], locale)
          .format(times[times.length - 1]);
    }
    return new Labels(labels, offset);
  }

  private static boolean varies(int[][] fields, int level) {
    for (int[] f : fields) {
      if (f[level] != fields[0][level]) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(int[][] fields, int level, int value) {
    for (int[] f : fields) {
      if (f[level] == value) {
        return true;
      }
    }
    return false;
  }

  /** Drops the trailing zeros that all second labels share ("05.500000" → "05.5", "06.0" → …). */
  private static void stripZeros(String[] labels) {
    int common = Integer.MAX_VALUE;
    for (String s : labels) {
      if (s.indexOf('.') >= 0) {
        int n = 0;
        while (n < s.length() && s.charAt(s.length() - 1 - n) == '0') {
          n++;
        }
        common = Math.min(common, n);
      }
    }
    if (common == Integer.MAX_VALUE || common == 0) {
      return;
    }
    for (int i = 0; i < labels.length; i++) {
      String s = labels[i];
      if (s.indexOf('.') >= 0) {
        s = s.substring(0, s.length() - common);
        labels[i] = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
      }
    }
  }
}
