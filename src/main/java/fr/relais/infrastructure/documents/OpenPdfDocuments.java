package fr.relais.infrastructure.documents;

import fr.relais.application.documents.ConsentDocumentContent;
import fr.relais.application.documents.PdfDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** {@link PdfDocuments} with OpenPDF: each document by its own renderer, each call its own PDF. */
@ApplicationScoped
public class OpenPdfDocuments implements PdfDocuments {

  @Override
  public String consentTemplateVersion() {
    return ConsentPdfGenerator.TEMPLATE_VERSION;
  }

  @Override
  public byte[] consent(ConsentDocumentContent c) {
    return new ConsentPdfGenerator().generate(c);
  }

  @Override
  public byte[] fileSummary(String name, String issuedBy, Instant at, List<Section> sections) {
    return new FileSummaryPdf().render(name, issuedBy, at, sections);
  }

  @Override
  public byte[] fileSummary(
      String documentTitle, String name, String issuedBy, Instant at, List<Section> sections) {
    return new FileSummaryPdf().render(documentTitle, name, issuedBy, at, sections);
  }

  @Override
  public byte[] blockageAttestation(BlockageAttestation c) {
    return new BlockageAttestationPdf().render(c);
  }
}
