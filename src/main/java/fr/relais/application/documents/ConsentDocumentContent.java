package fr.relais.application.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on a mandate's consent form, and nothing else: the form never carries the
 * person's contact data.
 *
 * @param mandateId identifier of the mandate
 * @param verificationCode code printed in the footer, used to check the document against Relais
 * @param templateVersion version of the template; must be {@link
 *     PdfDocuments#consentTemplateVersion()}
 * @param personFullName name of the person represented
 * @param personBirthDate birth date of the person represented
 * @param structureName name of the accredited structure acting for the person
 * @param structureAddress postal address of the structure
 * @param procedureLabels French labels of the procedures (scopes) the mandate covers, at least one
 * @param startsOn first day of the mandate
 * @param endsOn end date of the mandate, not before {@code startsOn}
 * @param legalBasisLabel what the mandate rests on, e.g. "Consentement signé de la personne"
 * @param generatedAt when the document was produced
 */
public record ConsentDocumentContent(
    String mandateId,
    String verificationCode,
    String templateVersion,
    String personFullName,
    LocalDate personBirthDate,
    String structureName,
    String structureAddress,
    List<String> procedureLabels,
    LocalDate startsOn,
    LocalDate endsOn,
    String legalBasisLabel,
    Instant generatedAt) {

  public ConsentDocumentContent {
    Objects.requireNonNull(mandateId, "mandateId");
    Objects.requireNonNull(verificationCode, "verificationCode");
    Objects.requireNonNull(templateVersion, "templateVersion");
    Objects.requireNonNull(personFullName, "personFullName");
    Objects.requireNonNull(personBirthDate, "personBirthDate");
    Objects.requireNonNull(structureName, "structureName");
    Objects.requireNonNull(structureAddress, "structureAddress");
    procedureLabels = List.copyOf(Objects.requireNonNull(procedureLabels, "procedureLabels"));
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(endsOn, "endsOn");
    Objects.requireNonNull(legalBasisLabel, "legalBasisLabel");
    Objects.requireNonNull(generatedAt, "generatedAt");
    if (procedureLabels.isEmpty()) {
      throw new IllegalArgumentException("A mandate covers at least one procedure");
    }
    if (endsOn.isBefore(startsOn)) {
      throw new IllegalArgumentException("endsOn is before startsOn");
    }
  }
}
