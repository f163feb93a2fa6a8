package fr.relais.domain.model.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonNoteTest {

  private static PersonNote note(String text, boolean sensitive) {
    return new PersonNote(
        UUID.randomUUID(), UUID.randomUUID(), text, sensitive, UUID.randomUUID(), Instant.EPOCH);
  }

  @Test
  void aNoteHasATextOfAtMost4000Characters() {
    assertEquals("Entretien", note("  Entretien \n", false).text());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> note("   ", false))
            .getMessage()
            .startsWith("text:"));
    assertThrows(IllegalArgumentException.class, () -> note("x".repeat(4001), false));
    assertEquals(4000, note("x".repeat(4000), false).text().length());
  }

  @Test
  void markedSensitiveAndSealedItKeepsOnlyItsCiphertext() {
    PersonNote n = note("Elle a peur", false);
    n.markSensitive();
    n.seal(new byte[] {9});
    assertTrue(n.sensitive());
    assertTrue(n.sealed());
    assertNull(n.text());
    assertEquals(1, n.sealedText().length);
  }
}
