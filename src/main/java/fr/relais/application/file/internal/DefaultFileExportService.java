package fr.relais.application.file.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.DocumentLabels;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.documents.PdfDocuments;
import fr.relais.application.documents.PdfDocuments.Line;
import fr.relais.application.documents.PdfDocuments.Section;
import fr.relais.application.file.FileExportService;
import fr.relais.application.journal.Journal;
import fr.relais.application.person.internal.SealedContacts;
import fr.relais.application.shielding.SealedReads;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.document.DocumentRepository;
import fr.relais.domain.model.document.DocumentVersion;
import fr.relais.domain.model.mandate.Mandate;
import fr.relais.domain.model.mandate.MandateRepository;
import fr.relais.domain.model.person.ContactDetails;
import fr.relais.domain.model.person.ContactPart;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonContact;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonIdentity;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the file's PDF from the repositories, deciding each part with the access policy as the
 * file's page does: her file's audience only (F1); sealed contact, places and document titles only
 * under {@code canOpenSealed}, journaled as decryptions; nothing of them otherwise.
 */
@ApplicationScoped
@Transactional
public class DefaultFileExportService implements FileExportService {

  private static final String MASKED = DocumentLabels.masked();
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final int NOTES_PAGE = 200;

  @Inject AccessPolicy policy;
  @Inject PersonRepository people;
  @Inject AccountRepository accounts;
  @Inject MandateRepository mandates;
  @Inject DocumentRepository documents;
  @Inject fr.relais.domain.model.note.NoteRepository notes;
  @Inject SealedReads reads;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject PdfDocuments pdfs;

  @Override
  public FileExport exportFile(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "person.export");
    AuthenticatedUser user = policy.requireAuthenticated();
    boolean open = !person.isProtected() || policy.sealed().canOpen(user, person);
    List<Section> sections = new ArrayList<>();
    PersonIdentity id = person.identity();
    sections.add(
        new Section(
            "Identité",
            List.of(
                new Line("Nom de famille", id.lastName()),
                new Line("Prénoms", id.firstNames()),
                new Line("Date de naissance", date(id.birthDate())),
                new Line("Lieu de naissance", id.birthPlace()),
                new Line("Nationalité", id.nationality()),
                new Line("Numéro d'étranger", id.foreignNationalNumber()))));
    sections.add(
        new Section(
            "Situation",
            List.of(
                new Line("Mineur·e confié·e à l'ASE", person.aseMinor() ? "oui" : "non"),
                new Line("Référence de la mesure", person.guardianshipReference()),
                new Line("Majorité", date(person.majorityDate())),
                new Line(
                    "Personne protégée",
                    person.isProtected()
                        ? "oui"
                            + (person.protectionReason() == null
                                ? ""
                                : " — " + reason(person.protectionReason().name()))
                        : "non"))));
    sections.add(contact(user, person, open));
    sections.add(
        new Section("Suivi", List.of(new Line("Membres qui la suivent", followers(person)))));
    sections.add(mandates(person));
    sections.add(documents(user, person));
    sections.add(notes(user, person));
    Account me = accounts.find(user.accountId()).orElse(null);
    Instant now = clock.now();
    byte[] pdf =
        pdfs.fileSummary(
            person.displayName(), me == null ? "un membre" : me.displayName(), now, sections);
    journal.record(user.journal().about(person).success("person.export", "pdf"));
    return new FileExport(
        "dossier-" + LocalDate.ofInstant(now, TimeSource.DEFAULT_ZONE) + ".pdf",
        pdf); // S42: no name in it
  }

  /**
   * Every part of the catalogue under its label, « masqué » where she is protected and not open.
   */
  private Section contact(AuthenticatedUser user, Person person, boolean open) {
    PersonContact c = people.contact(person.id()).orElse(null);
    boolean masked = c != null && person.isProtected() && !open;
    ContactDetails d;
    if (c == null) {
      d = ContactDetails.none();
    } else if (masked) {
      d = new ContactDetails(Map.of(), c.domiciledAtStructure());
    } else {
      SealedReads.Reading reading =
          reads.reading(user.journal().about(person), SealedReads.Category.CONTACT_EXPORT);
      d = SealedContacts.read(reading, c);
      reading.done();
    }
    List<Line> lines = new ArrayList<>();
    for (ContactPart p : ContactPart.channels()) {
      lines.add(line(p, masked, d));
    }
    lines.add(
        new Line(
            DocumentLabels.french("field.domiciledAtStructure"),
            d.domiciledAtStructure() ? "oui" : "non"));
    for (ContactPart p : ContactPart.places()) {
      lines.add(line(p, masked, d));
    }
    return new Section("Coordonnées et lieux de vie", lines);
  }

  private static Line line(ContactPart part, boolean masked, ContactDetails d) {
    return new Line(DocumentLabels.french(part.labelKey()), masked ? MASKED : d.part(part));
  }

  private String followers(Person person) {
    return accounts.findAll(people.assignees(person.id())).stream()
        .map(Account::displayName)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private Section mandates(Person person) {
    LocalDate today = clock.today();
    List<Line> lines = new ArrayList<>();
    for (Mandate m : mandates.forPerson(person.id().value())) {
      if (!m.structure().equals(person.structure())) {
        continue;
      }
      String scopes =
          m.scopes().stream()
              .map(s -> s.procedureCode() + (s.isRevoked() ? " (retirée)" : ""))
              .collect(Collectors.joining(", "));
      lines.add(
          new Line(
              "Du " + date(m.startsOn()) + " au " + date(m.endsOn()),
              status(m.status(today).name()) + " — " + scopes));
    }
    if (lines.isEmpty()) {
      lines.add(new Line("Mandats", "aucun"));
    }
    return new Section("Mandats", lines);
  }

  private Section documents(AuthenticatedUser user, Person person) {
    Map<String, List<DocumentVersion>> byDocument = new LinkedHashMap<>();
    for (DocumentVersion v : documents.ofPerson(person.id().value())) {
      byDocument.computeIfAbsent(v.documentId().toString(), k -> new ArrayList<>()).add(v);
    }
    List<Line> lines = new ArrayList<>();
    SealedReads.Reading reading =
        reads.reading(user.journal().about(person), SealedReads.Category.DOCUMENT_TITLES_EXPORT);
    for (List<DocumentVersion> versions : byDocument.values()) {
      DocumentVersion last =
          versions.stream().max((a, b) -> Integer.compare(a.version(), b.version())).orElseThrow();
      boolean mayOpen = policy.sealed().canOpenItem(user, person, last.classified());
      String title =
          !last.sealed() ? last.title() : mayOpen ? SealedDocuments.title(reading, last) : MASKED;
      lines.add(
          new Line(
              type(last.type().name()) + (last.classified() ? " (classifiée)" : ""),
              title
                  + " — "
                  + versions.size()
                  + " version(s), la dernière du "
                  + date(LocalDate.ofInstant(last.createdAt(), TimeSource.DEFAULT_ZONE))));
    }
    reading.done();
    if (lines.isEmpty()) {
      lines.add(new Line("Pièces", "aucune"));
    }
    return new Section("Pièces du dossier", lines);
  }

  /** Every note, newest first, read by keyset pages; sealed texts only under the rule. */
  private Section notes(AuthenticatedUser user, Person person) {
    boolean openSensitive = policy.sealed().canOpenItem(user, person, true);
    boolean openOrdinary = policy.sealed().canOpenItem(user, person, false);
    List<Line> lines = new ArrayList<>();
    SealedReads.Reading reading =
        reads.reading(user.journal().about(person), SealedReads.Category.NOTES_EXPORT);
    Instant beforeAt = null;
    java.util.UUID beforeId = null;
    while (true) {
      List<fr.relais.domain.model.note.PersonNote> page =
          notes.page(person.id().value(), beforeAt, beforeId, NOTES_PAGE);
      Map<fr.relais.domain.model.access.AccountId, String> authors =
          accounts
              .findAll(
                  page.stream()
                      .map(n -> new fr.relais.domain.model.access.AccountId(n.createdBy()))
                      .collect(Collectors.toSet()))
              .stream()
              .collect(Collectors.toMap(Account::id, Account::displayName));
      for (var n : page) {
        boolean open = n.sensitive() ? openSensitive : openOrdinary;
        String text = !n.sealed() ? n.text() : open ? DefaultNoteService.open(reading, n) : MASKED;
        lines.add(
            new Line(
                date(LocalDate.ofInstant(n.createdAt(), TimeSource.DEFAULT_ZONE))
                    + " — "
                    + authors.getOrDefault(
                        new fr.relais.domain.model.access.AccountId(n.createdBy()), "")
                    + (n.sensitive() ? " (sensible)" : ""),
                text));
      }
      if (page.size() < NOTES_PAGE) {
        break;
      }
      var last = page.get(page.size() - 1);
      beforeAt = last.createdAt();
      beforeId = last.id();
    }
    reading.done();
    if (lines.isEmpty()) {
      lines.add(new Line("Notes", "aucune"));
    }
    return new Section("Notes", lines);
  }

  private static String date(LocalDate d) {
    return d == null ? null : DATE.format(d);
  }

  private static String reason(String code) {
    return switch (code) {
      case "PROTECTION_ORDER" -> "ordonnance de protection";
      case "DECLARED_VIOLENCE" -> "violences déclarées";
      case "TRAFFICKING" -> "traite des êtres humains";
      case "PROSTITUTION_EXIT" -> "parcours de sortie de la prostitution";
      default -> "autre motif";
    };
  }

  private static String status(String code) {
    return switch (code) {
      case "ACTIVE" -> "actif";
      case "AWAITING_EVIDENCE" -> "en attente du consentement signé";
      case "SCHEDULED" -> "à venir";
      case "REVOKED" -> "révoqué";
      case "EXPIRED" -> "échu";
      default -> code.toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String type(String code) {
    return switch (code) {
      case "IDENTITY" -> "Pièce d'identité";
      case "RESIDENCE_PERMIT" -> "Titre de séjour";
      case "PROOF_OF_ADDRESS" -> "Justificatif de domicile";
      case "PHOTO" -> "Photographie";
      case "PAYSLIP" -> "Bulletin de salaire";
      case "COURT_DECISION" -> "Décision de justice";
      case "ADMINISTRATION_LETTER" -> "Courrier de l'administration";
      case "EVIDENCE_OF_VIOLENCE" -> "Preuve de violences";
      case "PROTECTION_ORDER" -> "Ordonnance de protection";
      case "COMPLAINT" -> "Plainte";
      case "MEDICAL_CERTIFICATE" -> "Certificat médical";
      default -> "Autre pièce";
    };
  }
}
