package fr.relais.domain.model.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  private static Instant paris(String local) {
    return LocalDateTime.parse(local)
        .atZone(fr.relais.domain.shared.TimeSource.DEFAULT_ZONE)
        .toInstant();
  }

  @Test
  void easterAndTheHolidaysThatFollowIt() {
    assertEquals(LocalDate.of(2026, 4, 5), WorkingDays.easterSunday(2026));
    assertEquals(LocalDate.of(2027, 3, 28), WorkingDays.easterSunday(2027));
    assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 6)), "Easter Monday");
    assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 14)), "Ascension Day");
    assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 25)), "Whit Monday");
    assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 7, 14)));
    assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 5)), "a Saturday");
    assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 3)));
  }

  @Test
  void oneWorkingDayLater() {
    assertEquals(
        paris("2026-12-04T10:00"), WorkingDays.oneWorkingDayAfter(paris("2026-12-03T10:00")));
    assertEquals(
        paris("2026-12-07T15:00"),
        WorkingDays.oneWorkingDayAfter(paris("2026-12-04T15:00")),
        "Friday to Monday");
    assertEquals(
        paris("2026-12-08T00:00"),
        WorkingDays.oneWorkingDayAfter(paris("2026-12-05T11:00")),
        "filed on a Saturday");
    assertEquals(
        paris("2026-12-28T09:00"),
        WorkingDays.oneWorkingDayAfter(paris("2026-12-24T09:00")),
        "over Christmas and a weekend");
  }
}
