package fr.relais.domain.model.administration;

import fr.relais.domain.shared.TimeSource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Working days in France: Monday to Friday, without the public holidays of the Code du travail
 * (art. L3133-1) — the fixed ones and Easter Monday, Ascension Day and Whit Monday.
 */
public final class WorkingDays {

  private static final Set<MonthDay> FIXED =
      Set.of(
          MonthDay.of(1, 1),
          MonthDay.of(5, 1),
          MonthDay.of(5, 8),
          MonthDay.of(7, 14),
          MonthDay.of(8, 15),
          MonthDay.of(11, 1),
          MonthDay.of(11, 11),
          MonthDay.of(12, 25));

  private WorkingDays() {}

  public static boolean isWorkingDay(LocalDate d) {
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    if (FIXED.contains(MonthDay.from(d))) {
      return false;
    }
    LocalDate easter = easterSunday(d.getYear());
    return !d.equals(easter.plusDays(1))
        && !d.equals(easter.plusDays(39))
        && !d.equals(easter.plusDays(50));
  }

  /**
   * One working day after {@code at}: the same time on the next working day (filed on a Friday at
   * 15:00, due on Monday at 15:00). Filed on a day off, it counts from the start of the next
   * working day (filed on a Saturday, due on Tuesday at midnight).
   */
  public static java.time.Instant oneWorkingDayAfter(java.time.Instant at) {
    ZonedDateTime t = at.atZone(TimeSource.DEFAULT_ZONE);
    if (!isWorkingDay(t.toLocalDate())) {
      // Filed on a day off: the working day starts with the next working morning.
      LocalDate d = t.toLocalDate().plusDays(1);
      while (!isWorkingDay(d)) {
        d = d.plusDays(1);
      }
      t = d.atStartOfDay(TimeSource.DEFAULT_ZONE);
    }
    LocalDate next = t.toLocalDate().plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next.atTime(t.toLocalTime()).atZone(TimeSource.DEFAULT_ZONE).toInstant();
  }

  /** Easter Sunday (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
