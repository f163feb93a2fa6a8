package fr.relais.domain.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a paper she carries says of a procedure (S44). */
class ProcedureTypePaperLabelTest {

  private static ProcedureType type(boolean victimsEntry) {
    return new ProcedureType(
        new ProcedureCode("VIOLENCES_CONJUGALES"),
        "Victime de violences conjugales",
        "Victim of domestic violence",
        "HUMANITAIRE",
        Channel.ANEF,
        false,
        victimsEntry,
        false,
        null,
        340);
  }

  @Test
  void aVictimsProcedureIsNamedNeutrallyOnPaperInBothLanguages() {
    assertEquals(ProcedureType.NEUTRAL_PAPER_LABEL_FR, type(true).labelOnPaper(Locale.FRENCH));
    assertEquals(ProcedureType.NEUTRAL_PAPER_LABEL_EN, type(true).labelOnPaper(Locale.ENGLISH));
    assertEquals("Victime de violences conjugales", type(true).label(Locale.FRENCH));
  }

  @Test
  void anyOtherProcedureKeepsItsLabel() {
    assertEquals("Victime de violences conjugales", type(false).labelOnPaper(Locale.FRENCH));
    assertEquals("Victim of domestic violence", type(false).labelOnPaper(Locale.ENGLISH));
  }
}
