package fr.relais.domain.model.shielding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The retention periods (S61): cutoffs counted from the day, and periods that cannot conflict. */
class RetentionPolicyTest {

  private final RetentionPolicy policy = new RetentionPolicy(5, 2, 90, 365);

  @Test
  void aFileClosedFiveYearsAgoToTheDayIsErasedTheDayAfter() {
    LocalDate today = LocalDate.parse("2031-06-15");
    Instant cutoff = policy.closedFileCutoff(today);
    assertEquals(Instant.parse("2026-06-15T00:00:00Z"), cutoff);
    Instant closedThatDay = Instant.parse("2026-06-15T09:30:00Z");
    assertTrue(!closedThatDay.isBefore(cutoff), "not yet on the anniversary");
    assertTrue(closedThatDay.isBefore(policy.closedFileCutoff(today.plusDays(1))));
    assertEquals(Instant.parse("2029-06-15T00:00:00Z"), policy.sealedDocumentCutoff(today));
  }

  @Test
  void daysAreCountedFromNow() {
    Instant now = Instant.parse("2026-12-03T12:00:00Z");
    assertEquals(Instant.parse("2026-09-04T12:00:00Z"), policy.unfiledMailCutoff(now));
    assertEquals(Instant.parse("2025-12-03T12:00:00Z"), policy.clientAddressCutoff(now));
  }

  @Test
  void inconsistentPeriodsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(2, 5, 90, 365));
    assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(0, 0, 90, 365));
    assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(5, 2, 0, 365));
    assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(5, 2, 90, 0));
  }
}
