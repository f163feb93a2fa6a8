package fr.relais.application.documents;

import java.time.Instant;
import java.util.List;

/**
 * The PDFs Relais hands out, rendered from what the use cases decided to print: a mandate's consent
 * form, a person's file or the history of her procedures as sections of labelled lines, the
 * attestation of a technical blockage (C7). Their metadata never names the person (a PDF's
 * properties travel with it). Implemented in infrastructure.
 */
public interface PdfDocuments {

  /** The version of the consent form's template: printed on every page, kept with the form. */
  String consentTemplateVersion();

  /**
   * A mandate's consent form.
   *
   * @throws IllegalArgumentException if {@code c.templateVersion()} is not {@link
   *     #consentTemplateVersion()}: the footer must name the template actually used
   */
  byte[] consent(ConsentDocumentContent c);

  /** A person's file as one PDF: the sections under her name, dated {@code at}. */
  byte[] fileSummary(String name, String issuedBy, Instant at, List<Section> sections);

  /** The same layout under another neutral title (never her name). */
  byte[] fileSummary(
      String documentTitle, String name, String issuedBy, Instant at, List<Section> sections);

  /**
   * The attestation of a technical blockage of the online service and the letter that asks the
   * prefecture for the non-digital channel (C7); the verification code on every page.
   */
  byte[] blockageAttestation(BlockageAttestation c);

  /** One labelled value; a null value prints as a dash. */
  record Line(String label, String value) {}

  /** A titled group of lines. */
  record Section(String title, List<Line> lines) {}

  /** What a blockage attestation states. */
  record BlockageAttestation(
      String verificationCode,
      String personName,
      String structureName,
      String structureAddress,
      String procedureLabel,
      String administrationReference,
      Instant occurredAt,
      String errorText,
      String stepsTried,
      int evidenceCount,
      String recordedBy,
      Instant recordedAt) {}
}
