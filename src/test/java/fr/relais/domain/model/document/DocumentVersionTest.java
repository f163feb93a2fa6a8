package fr.relais.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentVersionTest {

  private static DocumentVersion version(DocumentType type, boolean classified, String title) {
    return new DocumentVersion(
        UUID.randomUUID(),
        DocumentId.random(),
        1,
        UUID.randomUUID(),
        type,
        classified,
        title,
        "application/pdf",
        10,
        "0".repeat(64),
        UUID.randomUUID(),
        Instant.EPOCH);
  }

  @ParameterizedTest
  @EnumSource(
      value = DocumentType.class,
      names = {"EVIDENCE_OF_VIOLENCE", "PROTECTION_ORDER", "COMPLAINT", "MEDICAL_CERTIFICATE"})
  void evidenceOrdersComplaintsAndCertificatesAreAlwaysClassified(DocumentType type) {
    assertTrue(type.classifiedByNature());
    assertTrue(version(type, false, "Pièce").classified());
  }

  @Test
  void anyOtherTypeIsClassifiedWhenAskedOrLaterAndNeverLowered() {
    DocumentVersion v = version(DocumentType.PROOF_OF_ADDRESS, false, " Quittance ");
    assertFalse(v.classified());
    assertEquals("Quittance", v.title());
    v.classify();
    assertTrue(v.classified());
    assertTrue(version(DocumentType.PHOTO, true, "Photo").classified());
  }

  @Test
  void aTitleIsRequiredAndBounded() {
    assertThrows(IllegalArgumentException.class, () -> version(DocumentType.OTHER, false, " "));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> version(DocumentType.OTHER, false, "x".repeat(201)))
            .getMessage()
            .startsWith("title:"));
  }

  @Test
  void sealingKeepsTheTitleOnlyAsItsCiphertext() {
    DocumentVersion v = version(DocumentType.OTHER, false, "Titre");
    v.seal(new byte[] {1, 2, 3});
    assertTrue(v.sealed());
    assertNull(v.title());
    assertArrayEquals(new byte[] {1, 2, 3}, v.sealedTitle());
  }
}
