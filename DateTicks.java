package dev.chartserve.figure.internal.axis;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zone.ZoneRules;

/**
 * Tick placement on a time axis as matplotlib 3.6's {@code AutoDateLocator} with its defaults
 * ({@code minticks=5}, {@code interval_multiples=True}): the coarsest frequency (years, months,
 * days, hours, minutes, seconds, microseconds) that the span counts at least 5 of, then the first
 * interval of that frequency's list that gives few enough ticks; ticks at round local times of
 * {@code zone} (Jan 1, month starts, midnights, whole hours…) and, within a larger unit, at
 * multiples of the interval (days 1, 5, 9…; hours 0, 3, 6…).
 *
 * <p>Wall-clock times are found in the zone first and become instants after: a local time that a
 * DST change skips gets no tick, and one it repeats gets one tick, at its first occurrence.
 * Stateless.
 */
public final class DateTicks {
  static final int MIN_TICKS = 5;

  private static final int YEARLY = 0;
  private static final int MONTHLY = 1;
  private static final int DAILY = 2;
  private static final int HOURLY = 3;
  private static final int MINUTELY = 4;
  private static final int SECONDLY = 5;
  private static final int MICROSECONDLY = 6;

  private static final int[] MAX_TICKS = {11, 12, 11, 12, 11, 11, 8};
  private static final int[][] INTERVALS = {
      {1, 2, 4, 5, 10, 20, 40, 50, 100, 200, 400, 500, 1000, 2000, 4000, 5000, 10000},
      {1, 2, 3, 4, 6},
      {1, 2, 4, 7, 14}, // with interval multiples: 4, not 3, so months of 31 days end 29, 1
      {1, 2, 3, 4, 6, 12},
      {1, 5, 10, 15, 30},
      {1, 5, 10, 15, 30},
      {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000,
          500000, 1000000}};

  private DateTicks() {
  }

  /** The ticks (epoch days) within {@code [lo, hi]} (epoch days), at round times of {@code zone}. */
  public static double[] locate(double lo, double hi, ZoneId zone) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo)) {
      return new double[] {lo};
    }
    ZoneRules rules = zone.getRules();
    LocalDateTime min = local(EpochDays.toInstant(lo), zone);
    LocalDateTime max = local(EpochDays.toInstant(hi), zone);
    double[] nums = counts(min, max);
    int freq = MICROSECONDLY;
    int interval = 1;
    for (int f = YEARLY; f <= MICROSECONDLY; f++) {
      if (nums[f] < MIN_TICKS) {
        continue;
      }
      freq = f;
      int[] candidates = INTERVALS[f];
      interval = candidates[candidates.length - 1];
      for (int c : candidates) {
        if (nums[f] <= (double) c * (MAX_TICKS[f] - 1)) {
          interval = c;
          break;
        }
      }
      break;
    }
    if (freq == MICROSECONDLY) {
      return microseconds(lo, hi, interval);
    }
    List<Double> ticks = new ArrayList<>();
    for (LocalDateTime t : candidates(freq, interval, min, max)) {
      if (rules.getValidOffsets(t).isEmpty()) {
        continue; // skipped by a DST change: no such local time
      }
      double v = EpochDays.of(t.atZone(zone).toInstant()); // a repeated time: its first occurrence
      if (v >= lo && v <= hi) {
        ticks.add(v);
      }
    }
    return ticks.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * How many years, months, days, hours, minutes, seconds and microseconds the wall-clock span
   * holds, as matplotlib counts them (whole years and months as dateutil's {@code relativedelta},
   * days as whole days, hours and minutes as days × 24 + the remaining hours, and so on).
   */
  static double[] counts(LocalDateTime min, LocalDateTime max) {
    long months = (max.getYear() - min.getYear()) * 12L + max.getMonthValue() - min.getMonthValue();
    if (min.plusMonths(months).isAfter(max)) {
      months--;
    }
    Duration span = Duration.between(min, max);
    long seconds = span.getSeconds();
    long days = Math.floorDiv(seconds, 86_400L);
    long hours = days * 24 + Math.floorMod(seconds, 86_400L) / 3600;
    long minutes = hours * 60 + Math.floorMod(seconds, 3600L) / 60;
    double micros = Math.floor(span.getSeconds() * 1e6 + span.getNano() / 1e3);
    return new double[] {months / 12, months, days, hours, minutes, seconds, micros};
  }

  /** The local times of {@code freq} at multiples of {@code interval} from before min to after max. */
  private static List<LocalDateTime> candidates(int freq, int interval, LocalDateTime min,
      LocalDateTime max) {
    List<LocalDateTime> out = new ArrayList<>();
    switch (freq) {
      case YEARLY -> {
        // matplotlib's YearLocator: Jan 1 of the years that are multiples of the interval
        int y = Math.floorDiv(min.getYear(), interval) * interval;
        for (; y <= max.getYear(); y += interval) {
          out.add(LocalDateTime.of(Math.max(y, 1), 1, 1, 0, 0));
        }
      }
      case MONTHLY -> {
        LocalDateTime t = LocalDateTime.of(min.getYear(), 1, 1, 0, 0);
        for (; !t.isAfter(max); t = t.plusMonths(interval)) {
          out.add(t); // months 1, 1 + interval, …: the interval divides 12
        }
      }
      case DAILY -> {
        int[] days = monthDays(interval);
        LocalDateTime month = min.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        for (; !month.isAfter(max); month = month.plusMonths(1)) {
          int length = month.toLocalDate().lengthOfMonth();
          for (int d : days) {
            if (d <= length) {
              out.add(month.withDayOfMonth(d));
            }
          }
        }
      }
      case HOURLY -> step(out, min.truncatedTo(ChronoUnit.DAYS), max, ChronoUnit.HOURS, interval, 24);
      case MINUTELY -> step(out, min.truncatedTo(ChronoUnit.HOURS), max, ChronoUnit.MINUTES,
          interval, 60);
      default -> step(out, min.truncatedTo(ChronoUnit.MINUTES), max, ChronoUnit.SECONDS, interval, 60);
    }
    return out;
  }

  /** The days of the month ticked at a daily {@code interval}: 1, 1 + interval, …; 7 and 14 special. */
  private static int[] monthDays(int interval) {
    if (interval == 7) {
      return new int[] {1, 8, 15, 22}; // not 29: too close to the next month's 1
    }
    if (interval == 14) {
      return new int[] {1, 15};
    }
    int[] days = new int[(31 - 1) / interval + 1];
    for (int i = 0; i < days.length; i++) {
      days[i] = 1 + i * interval;
    }
    return days;
  }

  /**
   * Adds {@code start} + k × {@code interval} units, restarting at each larger unit of
   * {@code perLarger} units, so the values are multiples of the interval within it (hours 0, 3, …).
   */
  private static void step(List<LocalDateTime> out, LocalDateTime start, LocalDateTime max,
      ChronoUnit unit, int interval, int perLarger) {
    ChronoUnit larger = unit == ChronoUnit.HOURS ? ChronoUnit.DAYS
        : unit == ChronoUnit.MINUTES ? ChronoUnit.HOURS : ChronoUnit.MINUTES;
    for (LocalDateTime big = start; !big.isAfter(max); big = big.plus(1, larger)) {
      for (int k = 0; k < perLarger; k += interval) {
        out.add(big.plus(k, unit));
      }
    }
  }

  /** Multiples of {@code interval} µs counted from the start of the (UTC) day, as matplotlib. */
  private static double[] microseconds(double lo, double hi, int interval) {
    double day = Math.floor(lo);
    double step = interval / 86_400e6;
    long k0 = (long) Math.ceil((lo - day) / step - 1e-9);
    long k1 = (long) Math.floor((hi - day) / step + 1e-9);
    double[] ticks = new double[(int) Math.max(0, Math.min(k1 - k0 + 1, 1000))];
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = day + (k0 + i) * step;
    }
    return ticks;
  }

  private static LocalDateTime local(java.time.Instant t, ZoneId zone) {
    return ZonedDateTime.ofInstant(t, zone).toLocalDateTime();
  }
}
