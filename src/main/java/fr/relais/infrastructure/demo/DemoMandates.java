package fr.relais.infrastructure.demo;

import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/** The demonstration mandates, with their consent documents, and the procedures they cover. */
@ApplicationScoped
class DemoMandates {

  @Inject fr.relais.domain.model.mandate.MandateRepository mandates;
  @Inject fr.relais.domain.model.catalogue.ProcedureTypeRepository catalogue;
  @Inject fr.relais.application.documents.PdfDocuments pdfs;
  @Inject StructureRepository structures;
  @Inject DemoProcedures procedures;
  @Inject TimeSource clock;

  private static final String[] DEMO_SCOPES = {
    "CHANGEMENT_ADRESSE",
    "ETUDIANT_RENOUVELLEMENT",
    "AUTORISATION_TRAVAIL",
    "DUPLICATA",
    "VIOLENCES_CONJUGALES"
  };

  /**
   * Mandates in every state for the first people of each structure: active, ending within 20 days,
   * awaiting the signed scan, revoked, expired; guardianship mandates for minors in ASE care.
   */
  void create(fr.relais.domain.model.person.Person person, int i, UUID author) {
    var today = clock.today();
    var now = clock.now();
    int state = i % 5;
    java.time.LocalDate start;
    java.time.LocalDate end;
    var basis = fr.relais.domain.model.mandate.LegalBasis.CONSENT;
    String reference = null;
    if (person.aseMinor()) {
      basis = fr.relais.domain.model.mandate.LegalBasis.ASE_GUARDIANSHIP;
      reference = person.guardianshipReference();
      start = today.minusMonths(2);
      end =
          person.majorityDate().isAfter(start.plusMonths(12))
              ? start.plusMonths(12)
              : person.majorityDate();
      state = 0;
    } else {
      start =
          switch (state) {
            case 1 -> today.minusMonths(10);
            case 2 -> today;
            case 4 -> today.minusMonths(12).minusDays(10);
            default -> today.minusMonths(1);
          };
      end =
          switch (state) {
            case 1 -> today.plusDays(20);
            case 4 -> today.minusDays(15);
            default -> start.plusMonths(6);
          };
    }
    var mandate =
        fr.relais.domain.model.mandate.Mandate.signedEarlier(
            fr.relais.domain.model.mandate.MandateId.random(),
            person,
            person.structure(),
            basis,
            reference,
            null,
            start,
            end,
            Set.of(DEMO_SCOPES[i % DEMO_SCOPES.length], DEMO_SCOPES[(i + 1) % DEMO_SCOPES.length]),
            author,
            now,
            today);
    var structure = structures.find(person.structure()).orElseThrow();
    byte[] pdf =
        pdfs.consent(
            new fr.relais.application.documents.ConsentDocumentContent(
                mandate.id().toString(),
                mandate.verificationCode(),
                pdfs.consentTemplateVersion(),
                person.displayName(),
                person.birthDate(),
                structure.name(),
                structure.addressLine() + ", " + structure.postalCode() + " " + structure.city(),
                mandate.scopes().stream()
                    .map(
                        s ->
                            catalogue
                                .find(
                                    fr.relais.domain.model.catalogue.ProcedureCode.of(
                                        s.procedureCode()))
                                .orElseThrow()
                                .labelFr())
                    .toList(),
                start,
                end,
                basis == fr.relais.domain.model.mandate.LegalBasis.CONSENT
                    ? "Consentement signé de la personne"
                    : "Tutelle ASE — décision n° " + reference,
                now));
    String hash = fr.relais.domain.shared.Sha256.hex(pdf);
    mandate.consentGenerated(hash);
    if (state != 2) {
      mandate.attachEvidence(hash, now, start);
    }
    if (state == 3) {
      mandate.revoke(author, "Demande de la personne", now, today);
    }
    mandates.add(mandate);
    if (state == 0 || state == 1) {
      procedures.create(person, i, author, DEMO_SCOPES[i % DEMO_SCOPES.length]);
    }
    mandates.addDocument(
        new fr.relais.domain.model.mandate.MandateDocument(
            mandate.id(),
            fr.relais.domain.model.mandate.MandateDocument.Kind.CONSENT_GENERATED,
            "application/pdf",
            pdf,
            hash,
            pdfs.consentTemplateVersion(),
            author,
            now));
  }
}
