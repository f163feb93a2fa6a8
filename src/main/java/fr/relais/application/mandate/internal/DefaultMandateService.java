package fr.relais.application.mandate.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.documents.ConsentDocumentContent;
import fr.relais.application.documents.EvidenceInspection;
import fr.relais.application.documents.EvidenceRejectedException;
import fr.relais.application.documents.PdfDocuments;
import fr.relais.application.journal.Journal;
import fr.relais.application.mandate.MandateService;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.catalogue.ProcedureType;
import fr.relais.domain.model.catalogue.ProcedureTypeRepository;
import fr.relais.domain.model.mandate.LegalBasis;
import fr.relais.domain.model.mandate.Mandate;
import fr.relais.domain.model.mandate.MandateDocument;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.mandate.MandateRepository;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.shared.Sha256;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Mandates and the on-behalf check; every action journaled with the person and the mandate. */
@ApplicationScoped
@Transactional
public class DefaultMandateService implements MandateService {

  private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  @Inject AccessPolicy policy;
  @Inject MandateRepository mandates;
  @Inject ProcedureTypeRepository catalogue;
  @Inject StructureRepository structures;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject EvidenceInspection evidence;
  @Inject PdfDocuments pdfs;
  @Inject fr.relais.domain.model.person.PersonRepository people;

  @Override
  public MandateView create(PersonId personId, NewMandate input) {
    Person person = policy.persons().requireSeeFile(personId, "mandate.create");
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.mandates().requireWrite(person, "mandate.create");
    if (input == null) {
      throw new InvalidInputException("body", "required");
    }
    LegalBasis basis;
    try {
      basis = LegalBasis.valueOf(String.valueOf(input.legalBasis()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("legalBasis", "one of CONSENT, ASE_GUARDIANSHIP, OTHER");
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String raw : input.scopes() == null ? List.<String>of() : input.scopes()) {
      ProcedureType type;
      try {
        type = catalogue.find(ProcedureCode.of(raw)).filter(ProcedureType::active).orElse(null);
      } catch (IllegalArgumentException e) {
        type = null;
      }
      if (type == null) {
        throw new InvalidInputException("scopes", "unknown procedure type " + raw);
      }
      codes.add(type.code().toString());
    }
    Mandate mandate;
    try {
      mandate =
          new Mandate(
              MandateId.random(),
              person,
              person.structure(),
              basis,
              input.basisReference(),
              input.basisText(),
              input.startsOn(),
              input.endsOn(),
              codes,
              user.accountId().value(),
              clock.now(),
              clock.today());
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "body");
    }
    Structure structure = structures.find(person.structure()).orElseThrow();
    byte[] pdf = pdfs.consent(content(mandate, person, structure));
    String hash = Sha256.hex(pdf);
    mandate.consentGenerated(hash);
    mandates.add(mandate);
    mandates.addDocument(
        new MandateDocument(
            mandate.id(),
            MandateDocument.Kind.CONSENT_GENERATED,
            "application/pdf",
            pdf,
            hash,
            pdfs.consentTemplateVersion(),
            user.accountId().value(),
            clock.now()));
    journal.record(
        user.journal().about(mandate).success("mandate.create", String.join(",", codes)));
    return view(mandate);
  }

  private ConsentDocumentContent content(Mandate m, Person p, Structure s) {
    Map<String, ProcedureType> types =
        catalogue
            .findAll(m.scopes().stream().map(x -> ProcedureCode.of(x.procedureCode())).toList())
            .stream()
            .collect(Collectors.toMap(t -> t.code().toString(), Function.identity()));
    String basis =
        switch (m.legalBasis()) {
          case CONSENT -> "Consentement signé de la personne";
          case ASE_GUARDIANSHIP -> "Tutelle ASE — décision n° " + m.basisReference();
          case OTHER -> m.basisText();
        };
    return new ConsentDocumentContent(
        m.id().toString(),
        m.verificationCode(),
        pdfs.consentTemplateVersion(),
        p.displayName(),
        p.birthDate(),
        s.name(),
        s.addressLine() == null ? "" : s.addressLine() + ", " + s.postalCode() + " " + s.city(),
        // S44: the consent form goes home with her; a victims' procedure is named neutrally there.
        m.scopes().stream()
            .map(x -> types.get(x.procedureCode()).labelOnPaper(Locale.FRENCH))
            .toList(),
        m.startsOn(),
        m.endsOn(),
        basis,
        clock.now());
  }

  @Override
  public List<Expiring> expiringSoon(StructureId structure, Integer days) {
    AuthenticatedUser user = policy.structures().requireActingMember(structure);
    int window = days == null ? 30 : days;
    if (window < 1 || window > 365) {
      throw new InvalidInputException("days", "between 1 and 365");
    }
    LocalDate today = clock.today();
    List<Mandate> ending = mandates.activeEndingBetween(structure, today, today.plusDays(window));
    var ids =
        ending.stream()
            .map(m -> new fr.relais.domain.model.person.PersonId(m.personId()))
            .distinct()
            .toList();
    var assignees = people.assignees(ids);
    Map<fr.relais.domain.model.person.PersonId, Person> files = new java.util.HashMap<>();
    people.findAll(ids).forEach(p -> files.put(p.id(), p));
    List<Expiring> result = new java.util.ArrayList<>();
    for (Mandate m : ending) {
      var personId = new fr.relais.domain.model.person.PersonId(m.personId());
      Person p = files.get(personId);
      // A4: as her file is seen — never a protected person for a volunteer.
      if (p == null
          || !policy.persons().canSee(user, p, assignees.getOrDefault(personId, Set.of()))) {
        continue;
      }
      result.add(new Expiring(m.id().toString(), personId.toString(), p.displayName(), m.endsOn()));
    }
    journal.record(
        user.journal()
            .in(structure.value())
            .about("structure", structure.toString())
            .success("mandate.expiring.list", result.size() + " mandate(s)"));
    return result;
  }

  @Override
  public List<MandateView> forPerson(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "mandate.list");
    return mandates.forPerson(person.id().value()).stream().map(this::view).toList();
  }

  @Override
  public MandateView get(MandateId mandateId) {
    return view(mandate(mandateId));
  }

  @Override
  public Document consentDocument(MandateId mandateId) {
    Mandate m = mandate(mandateId);
    MandateDocument d =
        mandates
            .document(m.id(), MandateDocument.Kind.CONSENT_GENERATED)
            .orElseThrow(NotFoundException::new);
    journal.record(
        policy.requireAuthenticated().journal().about(m).success("mandate.consent.download"));
    return new Document(
        "mandat-" + m.verificationCode() + ".pdf", d.mediaType(), d.content(), d.sha256());
  }

  @Override
  public MandateView attachEvidence(MandateId mandateId, String mediaType, byte[] content) {
    Mandate m = mandate(mandateId);
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.mandates().requireWrite(person(m), "mandate.evidence");
    EvidenceInspection.Inspected inspected;
    try {
      inspected = evidence.inspect(content == null ? new byte[0] : content, mediaType);
    } catch (EvidenceRejectedException e) {
      throw new InvalidInputException("evidence", e.reason());
    }
    try {
      m.attachEvidence(inspected.sha256Hex(), clock.now(), clock.today());
    } catch (IllegalStateException e) {
      throw new InvalidInputException("mandate", e.getMessage());
    }
    mandates.addDocument(
        new MandateDocument(
            m.id(),
            MandateDocument.Kind.EVIDENCE,
            inspected.mediaType(),
            inspected.content(),
            inspected.sha256Hex(),
            null,
            user.accountId().value(),
            clock.now()));
    journal.record(
        user.journal().about(m).success("mandate.evidence.attach", inspected.mediaType()));
    return view(m);
  }

  @Override
  public Document evidence(MandateId mandateId) {
    Mandate m = mandate(mandateId);
    MandateDocument d =
        mandates
            .document(m.id(), MandateDocument.Kind.EVIDENCE)
            .orElseThrow(NotFoundException::new);
    journal.record(
        policy.requireAuthenticated().journal().about(m).success("mandate.evidence.download"));
    String extension =
        switch (d.mediaType()) {
          case "application/pdf" -> ".pdf";
          case "image/png" -> ".png";
          default -> ".jpg";
        };
    return new Document(
        "mandat-" + m.verificationCode() + "-signe" + extension,
        d.mediaType(),
        d.content(),
        d.sha256());
  }

  @Override
  public MandateView revoke(MandateId mandateId, String reason) {
    Mandate m = mandate(mandateId);
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.mandates().requireWrite(person(m), "mandate.revoke");
    if (reason != null && reason.length() > 500) {
      throw new InvalidInputException("reason", "at most 500 characters");
    }
    try {
      m.revoke(user.accountId().value(), reason, clock.now(), clock.today());
    } catch (IllegalStateException e) {
      throw new InvalidInputException("mandate", e.getMessage());
    }
    journal.record(user.journal().about(m).success("mandate.revoke"));
    return view(m);
  }

  @Override
  public MandateView revokeScope(MandateId mandateId, ProcedureCode procedureCode) {
    Mandate m = mandate(mandateId);
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.mandates().requireWrite(person(m), "mandate.scope.revoke");
    try {
      m.revokeScope(procedureCode.value(), user.accountId().value(), clock.now(), clock.today());
    } catch (IllegalStateException e) {
      throw new InvalidInputException("mandate", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
    journal.record(user.journal().about(m).success("mandate.scope.revoke", procedureCode.value()));
    return view(m);
  }

  @Override
  public OnBehalf requireOnBehalf(PersonId personId, String procedureCode) {
    Person person = policy.persons().requireSeeFile(personId, "mandate.on-behalf");
    AuthenticatedUser user = policy.requireAuthenticated();
    if (procedureCode == null || !procedureCode.matches("[A-Z][A-Z0-9_]{1,59}")) {
      throw new InvalidInputException("procedureCode", "a code from the catalogue");
    }
    Mandate m = policy.mandates().requireOnBehalf(person, procedureCode);
    journal.record(
        user.journal()
            .in(person.structure().value())
            .about("person", person.id().toString())
            .mandate(m.id().value())
            .success("mandate.on-behalf.check", procedureCode));
    return new OnBehalf(true, m.id().toString(), procedureCode);
  }

  /** The mandate, if the current member may see its person (else as if it did not exist). */
  private Mandate mandate(MandateId mandateId) {
    return policy.mandates().requireSee(mandateId);
  }

  private Person person(Mandate m) {
    return policy.persons().requireSeeFile(new PersonId(m.personId()), "mandate.view");
  }

  private MandateView view(Mandate m) {
    LocalDate today = clock.today();
    Map<String, String> labels =
        catalogue
            .findAll(m.scopes().stream().map(x -> ProcedureCode.of(x.procedureCode())).toList())
            .stream()
            .collect(Collectors.toMap(t -> t.code().toString(), ProcedureType::labelFr));
    return new MandateView(
        m.id().toString(),
        m.personId().toString(),
        m.legalBasis().name(),
        m.basisReference(),
        m.basisText(),
        m.startsOn(),
        m.endsOn(),
        m.status(today).name(),
        m.verificationCode(),
        m.consentSha256(),
        m.evidenceSha256().isPresent(),
        m.scopes().stream()
            .map(
                s ->
                    new ScopeView(
                        s.procedureCode(),
                        labels.get(s.procedureCode()),
                        s.isRevoked(),
                        s.revokedByPerson()))
            .toList(),
        m.createdAt(),
        m.revokedAt(),
        m.revocationReason(),
        m.revokedByPerson());
  }

  static String fileDate(LocalDate d) {
    return FILE_DATE.format(d);
  }
}
