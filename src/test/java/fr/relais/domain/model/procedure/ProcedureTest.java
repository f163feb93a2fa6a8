package fr.relais.domain.model.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProcedureTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final UUID ME = UUID.randomUUID();

  private static Procedure procedure() {
    return new Procedure(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "DUPLICATA",
        null,
        FilingChannel.ANEF,
        null,
        null,
        ME,
        ME,
        DAY,
        NOW);
  }

  @Test
  void eachActionIsANumberedEventAndEndedProceduresRefuseMore() {
    Procedure p = procedure();
    assertEquals(1, p.created(ME, NOW).seq());
    assertThrows(
        IllegalStateException.class,
        () -> p.reach(ProcedureStatus.UNDER_REVIEW, DAY, null, ME, NOW),
        "not filed yet");
    ProcedureEvent filed = p.file(DAY, null, "REF-1", null, List.of(), ME, NOW);
    assertEquals(2, filed.seq());
    assertEquals(ProcedureStatus.FILED, p.status());
    assertEquals("REF-1", p.administrationReference().orElseThrow());
    assertThrows(
        IllegalStateException.class, () -> p.file(DAY, null, null, null, List.of(), ME, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> p.reach(ProcedureStatus.UNDER_REVIEW, DAY.minusDays(1), null, ME, NOW),
        "not before the current status's date");
    assertThrows(
        IllegalArgumentException.class,
        () -> p.send(ProcedureEvent.Kind.COMPLETED, null, null, List.of(), ME, NOW),
        "a completion sends documents");
    assertEquals(3, p.cancel(DAY, "à sa demande", ME, NOW).seq());
    assertTrue(p.status().ended());
    assertThrows(
        IllegalStateException.class,
        () -> p.reach(ProcedureStatus.UNDER_REVIEW, DAY, null, ME, NOW));
  }

  @Test
  void aFrozenProcedureWaitsForItsReview() {
    Procedure p = procedure();
    p.file(DAY, null, null, null, List.of(), ME, NOW);
    p.freeze("held by someone else", ME, NOW);
    assertTrue(p.frozen());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> p.reach(ProcedureStatus.UNDER_REVIEW, DAY, null, ME, NOW));
    assertTrue(e.getMessage().startsWith("frozen:"));
    assertThrows(IllegalArgumentException.class, () -> p.review(" ", ME, NOW));
    p.review("checked with her", ME, NOW);
    assertFalse(p.frozen());
    assertEquals(
        ProcedureStatus.UNDER_REVIEW,
        p.reach(ProcedureStatus.UNDER_REVIEW, DAY, null, ME, NOW).status());
  }

  @Test
  void aRequestIsDueInThirtyDaysAndOverdueOnItsDueDateWithoutClosing() {
    Procedure p = procedure();
    DocumentRequest r =
        new DocumentRequest(
            p, DAY, null, DocumentRequest.Source.MEMBER, null, null, List.of(), ME, NOW);
    assertEquals(DAY.plusDays(30), r.dueOn());
    assertFalse(r.overdue(DAY.plusDays(29)));
    assertTrue(r.overdue(DAY.plusDays(30)));
    assertTrue(r.isOpen(), "nothing closes by itself");
    r.answer(DAY.plusDays(31));
    assertFalse(r.overdue(DAY.plusDays(40)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DocumentRequest(
                p,
                DAY,
                DAY.minusDays(1),
                DocumentRequest.Source.MEMBER,
                null,
                null,
                null,
                ME,
                NOW));
  }

  @Test
  void anAdpLastsAtMostSixMonthsAndAPermitsWindowIsComputed() {
    Procedure p = procedure();
    assertThrows(
        IllegalArgumentException.class,
        () -> new Attestation(p, Attestation.Kind.ADP, DAY, null, null, null, false, ME, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Attestation(
                p,
                Attestation.Kind.ADP,
                DAY,
                DAY.plusMonths(6).plusDays(1),
                null,
                null,
                false,
                ME,
                NOW));
    new Attestation(p, Attestation.Kind.ADP, DAY, DAY.plusMonths(6), null, null, true, ME, NOW);
    ResidencePermit permit =
        new ResidencePermit(
            UUID.randomUUID(), UUID.randomUUID(), "CST", LocalDate.of(2027, 6, 30), false, ME, NOW);
    assertEquals(LocalDate.of(2027, 3, 2), permit.windowOpensOn(), "120 days before");
    assertEquals(LocalDate.of(2027, 5, 1), permit.windowClosesOn(), "60 days before");
  }
}
