package fr.relais.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.relais.application.documents.ConsentDocumentContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsentPdfGeneratorTest {

  private static final String FIRST_LABEL = "Aide médicale de l'État — première demande";
  private static final String SECOND_LABEL =
      "Titre de séjour « vie privée et familiale » — renouvellement";

  private final ConsentPdfGenerator generator = new ConsentPdfGenerator();

  private static ConsentDocumentContent sample(List<String> labels) {
    return new ConsentDocumentContent(
        "MDT-2025-000123",
        "K7QF-93XB-2M",
        ConsentPdfGenerator.TEMPLATE_VERSION,
        "Aïcha Benali-Durand",
        LocalDate.of(1987, 11, 4),
        "Association Solidarité Femmes Garonne",
        "14 allée des Demoiselles, 31400 Toulouse",
        labels,
        LocalDate.of(2025, 3, 1),
        LocalDate.of(2026, 2, 28),
        "Consentement signé de la personne",
        Instant.parse("2025-03-01T09:30:00Z"));
  }

  @Test
  void rendersTheMandateInFrench() throws Exception {
    byte[] pdf = generator.generate(sample(List.of(FIRST_LABEL, SECOND_LABEL)));

    assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "PDF header");
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    assertTrue(sha256.matches("[0-9a-f]{64}"), sha256);

    List<String> pages = pages(pdf);
    String text = String.join(" ", pages);
    assertContains(text, "Mandat d'accompagnement administratif — consentement");
    assertContains(text, "Aïcha Benali-Durand");
    assertContains(text, "04/11/1987");
    assertContains(text, "Association Solidarité Femmes Garonne");
    assertContains(text, "14 allée des Demoiselles, 31400 Toulouse");
    assertContains(text, FIRST_LABEL);
    assertContains(text, "Titre de séjour");
    assertContains(text, "« vie privée et familiale »");
    assertContains(text, SECOND_LABEL);
    assertContains(text, "Du 01/03/2025 au 28/02/2026");
    assertContains(text, "Consentement signé de la personne");
    assertContains(text, "Vos droits");
    assertContains(text, "révoquer ce mandat à tout moment");
    assertContains(text, "prend fin automatiquement le 28/02/2026");
    assertContains(text, "Signature de la personne");
    assertContains(text, "Signature du représentant de la structure");
    assertContains(text, "K7QF-93XB-2M");
    for (String page : pages) {
      assertContains(
          page, "Vérification : K7QF-93XB-2M — mandat MDT-2025-000123 — modèle consentement-v1");
    }
  }

  @Test
  void setsTitleAndCreatorWithoutPersonalData() throws Exception {
    byte[] pdf = generator.generate(sample(List.of(FIRST_LABEL)));

    PdfReader reader = new PdfReader(pdf);
    try {
      Map<String, String> info = reader.getInfo();
      assertEquals(ConsentPdfGenerator.TITLE, info.get("Title"));
      assertEquals("Relais", info.get("Creator"));
      assertTrue(info.values().stream().noneMatch(v -> v.contains("Aïcha")), "no name in metadata");
      assertEquals("D:20250301103000+01'00'", info.get("CreationDate"));
      assertEquals("D:20250301103000+01'00'", info.get("ModDate"));
    } finally {
      reader.close();
    }
  }

  @Test
  void putsTheFooterOnEveryPage() throws Exception {
    List<String> labels = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      labels.add("Démarche n° " + i + " — régularisation");
    }
    List<String> pages = pages(generator.generate(sample(labels)));

    assertTrue(pages.size() >= 2, "expected several pages, got " + pages.size());
    for (String page : pages) {
      assertContains(page, "Vérification : K7QF-93XB-2M");
    }
    assertContains(String.join(" ", pages), "Démarche n° 60 — régularisation");
  }

  @Test
  void refusesAnotherTemplateVersion() {
    ConsentDocumentContent c = sample(List.of(FIRST_LABEL));
    ConsentDocumentContent other =
        new ConsentDocumentContent(
            c.mandateId(),
            c.verificationCode(),
            "consentement-v2",
            c.personFullName(),
            c.personBirthDate(),
            c.structureName(),
            c.structureAddress(),
            c.procedureLabels(),
            c.startsOn(),
            c.endsOn(),
            c.legalBasisLabel(),
            c.generatedAt());

    assertThrows(IllegalArgumentException.class, () -> generator.generate(other));
  }

  @Test
  void makesTextPrintableWithWinAnsi() {
    assertEquals("Aïcha", ConsentPdfGenerator.text("Ai\u0308cha"));
    assertEquals("Œuvre «\u00A0A\u00A0»", ConsentPdfGenerator.text("Œuvre «\u202FA\u202F»"));
    assertEquals("Wa??sa", ConsentPdfGenerator.text("Wałęsa"));
  }

  private static List<String> pages(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        pages.add(normalise(extractor.getTextFromPage(page)));
      }
      return pages;
    } finally {
      reader.close();
    }
  }

  private static String normalise(String text) {
    return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
  }

  private static void assertContains(String text, String expected) {
    assertTrue(
        text.contains(expected), () -> "missing \"" + expected + "\" in extracted text:\n" + text);
  }
}
