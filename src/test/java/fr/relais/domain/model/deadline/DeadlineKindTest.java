package fr.relais.domain.model.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlineKindTest {

  @Test
  void theRenewalWindowIsRemindedWhenItOpensTwoWeeksBeforeItClosesAndLate() {
    LocalDate expiry = LocalDate.of(2027, 6, 30);
    LocalDate closes = expiry.minusDays(60);
    var steps = DeadlineKind.RENEWAL_WINDOW.steps();
    assertEquals(expiry.minusDays(120), steps.get(0).firesOn(closes), "opens, R. 431-5");
    assertEquals(closes.minusDays(14), steps.get(1).firesOn(closes));
    assertEquals(closes.plusDays(1), steps.get(2).firesOn(closes));
  }

  @Test
  void stepsComeInOrderWithDistinctReminderCodesThatFitTheColumn() {
    Set<String> codes = new HashSet<>();
    for (DeadlineKind kind : DeadlineKind.values()) {
      int previous = Integer.MAX_VALUE;
      for (DeadlineKind.Step s : kind.steps()) {
        assertTrue(s.daysBefore() < previous, kind + " steps by decreasing days");
        previous = s.daysBefore();
        assertTrue(codes.add(s.reminder()), "one code per step: " + s.reminder());
        assertTrue(s.reminder().length() <= 40);
        assertTrue(s.name().length() <= 20);
      }
    }
    var request = DeadlineKind.DOCUMENT_REQUEST.steps();
    assertEquals(
        java.util.List.of(10, 3, 1, 0),
        request.stream().map(DeadlineKind.Step::daysBefore).toList());
    assertTrue(request.get(2).audience().administrators(), "the day before: the administrator");
  }
}
