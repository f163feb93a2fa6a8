package fr.relais.infrastructure.demo;

import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.structure.AccreditationDecisionType;
import fr.relais.domain.model.structure.Siret;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureDetails;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.model.structure.StructureType;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Data created at start-up:
 *
 * <ul>
 *   <li>bootstrap platform operators ({@code relais.bootstrap.operators} = {@code
 *       issuer|subject|display name}, several separated by {@code ;}), each created if no account
 *       has that identity — the way the first operator of a production installation gets in;
 *   <li>demonstration data ({@code relais.demo.enabled}), created only when the database has no
 *       structure yet: an operator, two prefecture agents and two structures with an administrator
 *       and two social workers each, all at the demo provider ({@code relais.demo.issuer}). The
 *       agent {@code agent.prefecture} covers the departments of the two structures; {@code
 *       agent.prefecture2} covers the Rhône (69) only and sees neither of them.
 * </ul>
 *
 * Safe on a cluster: a node that loses the race to create the same rows fails on the unique
 * constraints and leaves the winner's data.
 */
@ApplicationScoped
public class StartupData {

  private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

  @Inject AccountRepository accounts;
  @Inject StructureRepository structures;
  @Inject TimeSource clock;
  @Inject fr.relais.domain.model.journal.JournalKeys journalKeys;
  @Inject fr.relais.infrastructure.oidc.OidcProviders providers;

  @Inject
  @ConfigProperty(name = "relais.bootstrap.operators")
  Optional<String> bootstrapOperators;

  @Inject
  @ConfigProperty(name = "relais.demo.enabled", defaultValue = "false")
  boolean demoEnabled;

  @Inject
  @ConfigProperty(name = "relais.demo.issuer", defaultValue = "http://localhost:8089/relais-staff")
  String demoIssuer;

  @Inject
  @ConfigProperty(name = "relais.demo.people-per-structure", defaultValue = "1000")
  int peoplePerStructure;

  @Inject fr.relais.domain.model.person.PersonRepository people;
  @Inject fr.relais.application.shielding.Vault vault;
  @Inject fr.relais.domain.model.personaccess.PersonAccessRepository personAccess;
  @Inject fr.relais.domain.model.mandate.MandateRepository mandates;
  @Inject fr.relais.domain.model.procedure.ProcedureRepository procedures;
  @Inject fr.relais.domain.model.catalogue.ProcedureTypeRepository catalogue;
  @Inject fr.relais.domain.model.mailbox.MailboxRepository mailbox;
  @Inject fr.relais.application.shielding.Fingerprints fingerprints;
  @Inject fr.relais.application.person.PersonContacts contacts;
  @Inject fr.relais.domain.model.identity.IdentityVerificationRepository verifications;
  @Inject fr.relais.application.documents.PdfDocuments pdfs;

  @Inject
  fr.relais.domain.model.administration.AdministrationAccountRepository administrationAccounts;

  /** How many of each structure's first people get a demonstration mandate. */
  private static final int DEMO_MANDATES = 40;

  @Inject StartupData self;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    // Fail the deployment now, not at the first login, when the key or a provider is misconfigured.
    journalKeys.chain();
    LOG.info("OpenID providers configured: " + providers.all().size());
    try {
      for (String spec : bootstrapOperators.orElse("").split(";")) {
        if (!spec.isBlank()) {
          self.createOperator(spec);
        }
      }
      if (demoEnabled) {
        self.createDemoData();
        self.scopeDemoAgents();
      }
    } catch (RuntimeException e) {
      LOG.warning("Start-up data not created (another node may have done it): " + e);
    }
  }

  @Transactional
  public void createOperator(String spec) {
    String[] parts = spec.split("\\|", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "relais.bootstrap.operators must be issuer|subject|name[;…]");
    }
    ExternalIdentity identity = new ExternalIdentity(parts[0].trim(), parts[1].trim());
    if (accounts.findByIdentity(identity).isEmpty()) {
      accounts.add(
          new Account(
              AccountId.random(),
              identity,
              parts[2].trim(),
              Role.PLATFORM_OPERATOR,
              null,
              clock.now()));
      LOG.info("Bootstrap platform operator created for issuer " + identity.issuer());
    }
  }

  /** The demonstration prefecture agents and the departments they cover. */
  private static final List<DemoAgent> DEMO_AGENTS =
      List.of(
          new DemoAgent("agent.prefecture", "Hugo Bernard", Set.of("31", "47", "82")),
          new DemoAgent("agent.prefecture2", "Inès Roche", Set.of("69")));

  private record DemoAgent(String subject, String name, Set<String> departments) {}

  /**
   * Gives the demonstration prefecture agents their departments, creating the second one if
   * missing: demonstration databases made before agents covered departments get them too. An agent
   * whose departments were already set is left as it is.
   */
  @Transactional
  public void scopeDemoAgents() {
    for (DemoAgent demo : DEMO_AGENTS) {
      ExternalIdentity identity = new ExternalIdentity(demoIssuer, demo.subject());
      Account agent =
          accounts
              .findByIdentity(identity)
              .orElseGet(
                  () -> {
                    Account a =
                        new Account(
                            AccountId.random(),
                            identity,
                            demo.name(),
                            Role.PREFECTURE_AGENT,
                            null,
                            clock.now());
                    accounts.add(a);
                    return a;
                  });
      if (agent.isPrefectureAgent() && agent.departments().isEmpty()) {
        agent.coverDepartments(demo.departments());
      }
    }
  }

  /** Stable ids, so that demonstrations and tests can name the demo structures. */
  public static StructureId demoStructure(String key) {
    return new StructureId(
        UUID.nameUUIDFromBytes(("relais-demo-structure:" + key).getBytes(StandardCharsets.UTF_8)));
  }

  @Transactional
  public void createDemoData() {
    if (structures.count() > 0) {
      return;
    }
    var now = clock.now();
    var ccas = demoStructure("ccas");
    var asso = demoStructure("asso");
    Structure ccasStructure =
        new Structure(
            ccas,
            new StructureDetails(
                "CCAS de Villeneuve-sur-Lot",
                StructureType.CCAS,
                new Siret("26470012300013"),
                "Place de la Libération",
                "47300",
                "Villeneuve-sur-Lot",
                Set.of("47"),
                "ccas@villeneuve.example",
                "05 53 00 00 00"),
            now);
    Structure assoStructure =
        new Structure(
            asso,
            new StructureDetails(
                "Association Solidarité Femmes Garonne",
                StructureType.VICTIM_SUPPORT,
                new Siret("78234567800018"),
                "12 rue du Pont",
                "31000",
                "Toulouse",
                Set.of("31", "47", "82"),
                "contact@sfgaronne.example",
                null),
            now);
    structures.add(ccasStructure);
    structures.add(assoStructure);
    demo("operateur", "Camille Martin", Role.PLATFORM_OPERATOR, null);
    scopeDemoAgents();
    demo("admin.ccas", "Nadia Haddad", Role.STRUCTURE_ADMINISTRATOR, ccas);
    demo("ts1.ccas", "Julien Petit", Role.SOCIAL_WORKER, ccas);
    protectedCases("ts1.ccas");
    identityChecker("ts1.ccas");
    demo("ts2.ccas", "Awa Diallo", Role.SOCIAL_WORKER, ccas);
    demo("admin.asso", "Sophie Laurent", Role.STRUCTURE_ADMINISTRATOR, asso);
    demo("ts1.asso", "Léa Moreau", Role.SOCIAL_WORKER, asso);
    protectedCases("ts1.asso");
    demo("ts2.asso", "Karim Benali", Role.SOCIAL_WORKER, asso);
    // Both demonstration structures are accredited for two years by the demo prefecture agent.
    UUID agent =
        accounts
            .findByIdentity(new ExternalIdentity(demoIssuer, "agent.prefecture"))
            .orElseThrow()
            .id()
            .value();
    var today = clock.today();
    for (Structure s : List.of(ccasStructure, assoStructure)) {
      structures.addDecision(
          s.decide(
              AccreditationDecisionType.ACCREDIT,
              s.departments(),
              today.minusMonths(1),
              today.plusYears(2),
              null,
              agent,
              now,
              today));
    }
    var withOwnAccess = demoPeople(ccas, "ts1.ccas", "ts2.ccas", 0);
    demoMadameB(ccas);
    demoMailbox(ccas, DEMO_LOCAL_PARTS[0], DEMO_TOKENS[0], mailboxPeople);
    mailboxPeople.clear();
    demoPeople(asso, "ts1.asso", "ts2.asso", 1);
    demoMailbox(asso, DEMO_LOCAL_PARTS[1], DEMO_TOKENS[1], mailboxPeople);
    if (withOwnAccess != null) {
      demoOwnAccess(withOwnAccess, ccas);
    }
    LOG.info(
        "Demonstration data created (9 accounts, 2 structures, "
            + (2 * peoplePerStructure + 1)
            + " people) for issuer "
            + demoIssuer);
  }

  /**
   * The demonstration structures' institutional local parts and, for the first people of each who
   * are not protected, fixed sub-address tokens — so that the run command can deliver realistic
   * administration mail to them. The last token of each list is issued then retired (the address
   * leaked), to show what becomes of mail sent to it.
   */
  public static final String[] DEMO_LOCAL_PARTS = {"s-ccasdemw", "s-assdemwx"};

  public static final String[][] DEMO_TOKENS = {
    {"ccasdemwa234", "ccasdemwb234", "ccasdemwr234"},
    {"assdemwa2345", "assdemwb2345", "assdemwr2345"}
  };

  private final List<fr.relais.domain.model.person.Person> mailboxPeople =
      new java.util.ArrayList<>();

  private void demoMailbox(
      StructureId structure,
      String localPart,
      String[] tokens,
      List<fr.relais.domain.model.person.Person> persons) {
    mailbox.setStructureLocalPart(structure, localPart);
    var now = clock.now();
    for (int i = 0; i < Math.min(tokens.length - 1, persons.size()); i++) {
      var person = persons.get(i);
      if (i == 1) {
        var leaked =
            new fr.relais.domain.model.mailbox.PersonMailToken(
                new fr.relais.domain.model.mailbox.SubAddressToken(tokens[tokens.length - 1]),
                person.id().value(),
                structure.value(),
                null,
                now.minusSeconds(90 * 86_400));
        mailbox.add(leaked);
        leaked.retire(null, now.minusSeconds(10 * 86_400));
        mailbox.flush();
      }
      mailbox.add(
          new fr.relais.domain.model.mailbox.PersonMailToken(
              new fr.relais.domain.model.mailbox.SubAddressToken(tokens[i]),
              person.id().value(),
              structure.value(),
              null,
              now));
    }
  }

  private static final String[] LAST_NAMES = {
    "Benali", "Diallo", "Nguyen", "Haddad", "Kowalski", "Traoré", "Ahmadi", "Popescu", "Silva",
    "Okafor", "Mensah", "Rahimi", "Ivanova", "Bamba", "Cissé", "Yilmaz", "Touré", "Fofana",
    "Sow", "Kamara", "Camara", "Barry", "Doumbia", "Sissoko", "Keita", "Coulibaly", "Diop",
    "Ndiaye", "Mbaye", "Gueye"
  };
  private static final String[] FIRST_NAMES = {
    "Aïcha",
    "Mamadou",
    "Fatoumata",
    "Yusuf",
    "Mariam",
    "Ibrahim",
    "Leila",
    "Oleksandr",
    "Amina",
    "Samir",
    "Nadia",
    "Hamza",
    "Zeynep",
    "Moussa",
    "Khadija",
    "Ali",
    "Binta",
    "Omar",
    "Sofia",
    "Ousmane"
  };

  /**
   * Demonstration people, followed by the structure's two social workers in turn. Deterministic, so
   * that two starts produce the same data; a few are protected or minors in ASE care.
   */
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
  private void demoMandates(fr.relais.domain.model.person.Person person, int i, UUID author) {
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
      demoProcedures(person, i, author, DEMO_SCOPES[i % DEMO_SCOPES.length]);
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

  /** Each status of a procedure, the first two carrying an overdue request and a lapsing ADP. */
  private static final fr.relais.domain.model.procedure.ProcedureStatus[] DEMO_STATUSES = {
    fr.relais.domain.model.procedure.ProcedureStatus.DOCUMENTS_REQUESTED,
    fr.relais.domain.model.procedure.ProcedureStatus.UNDER_REVIEW,
    fr.relais.domain.model.procedure.ProcedureStatus.FILED,
    fr.relais.domain.model.procedure.ProcedureStatus.PREPARING,
    fr.relais.domain.model.procedure.ProcedureStatus.APPOINTMENT_SET,
    fr.relais.domain.model.procedure.ProcedureStatus.DECISION_FAVOURABLE,
    fr.relais.domain.model.procedure.ProcedureStatus.DECISION_UNFAVOURABLE,
    fr.relais.domain.model.procedure.ProcedureStatus.PERMIT_AVAILABLE,
    fr.relais.domain.model.procedure.ProcedureStatus.HANDED_OVER,
    fr.relais.domain.model.procedure.ProcedureStatus.CLOSED,
    fr.relais.domain.model.procedure.ProcedureStatus.CANCELLED,
    fr.relais.domain.model.procedure.ProcedureStatus.WITHDRAWN
  };

  private final java.util.Map<StructureId, Integer> demoProcedureCursor = new java.util.HashMap<>();

  /**
   * Procedures for the first people of each structure with an active mandate (C1-C6): every status
   * across them, an overdue request for documents, an ADP about to lapse, and each person's permit
   * — the first one's renewal window about to close.
   */
  private void demoProcedures(
      fr.relais.domain.model.person.Person person, int i, UUID author, String code) {
    int cursor = demoProcedureCursor.getOrDefault(person.structure(), 0);
    if (cursor >= DEMO_STATUSES.length + 3) {
      return;
    }
    var today = clock.today();
    var now = clock.now();
    UUID pid = person.id().value();
    UUID sid = person.structure().value();
    procedures.add(
        new fr.relais.domain.model.procedure.ResidencePermit(
            pid,
            sid,
            "Carte de séjour temporaire « vie privée et familiale »",
            today.plusDays(cursor == 0 ? 70 : 150 + 30L * cursor),
            cursor % 2 == 1,
            author,
            now));
    for (int k = 0; k < 3; k++, cursor++) {
      var target = DEMO_STATUSES[cursor % DEMO_STATUSES.length];
      var p =
          new fr.relais.domain.model.procedure.Procedure(
              pid,
              sid,
              code,
              null,
              fr.relais.domain.model.procedure.FilingChannel.ANEF,
              null,
              null,
              author,
              author,
              today.minusDays(60),
              now);
      procedures.add(p);
      procedures.add(p.created(author, now));
      if (target == fr.relais.domain.model.procedure.ProcedureStatus.PREPARING) {
        continue;
      }
      procedures.add(
          p.file(
              today.minusDays(50),
              null,
              "ANEF-DEMO-" + (1000 + cursor),
              null,
              List.of(),
              author,
              now));
      switch (target) {
        case FILED -> {
          // Filed, then the online service refused to go further (C7): a blockage to answer.
          var b =
              new fr.relais.domain.model.procedure.Blockage(
                  p,
                  now.minus(java.time.Duration.ofDays(3)),
                  "« Une erreur technique est survenue. Veuillez réessayer ultérieurement. »"
                      + " à l'étape des pièces justificatives",
                  "Trois essais sur deux jours, deux navigateurs ; assistance téléphonique"
                      + " injoignable",
                  List.of(),
                  author,
                  now);
          procedures.add(b);
          procedures.add(p.blocked("blockage " + b.verificationCode(), author, now));
        }
        case DOCUMENTS_REQUESTED -> {
          var r =
              new fr.relais.domain.model.procedure.DocumentRequest(
                  p,
                  today.minusDays(35),
                  null,
                  fr.relais.domain.model.procedure.DocumentRequest.Source.MEMBER,
                  null,
                  "Justificatif de domicile de moins de trois mois",
                  java.util.List.of(fr.relais.domain.model.document.DocumentType.PROOF_OF_ADDRESS),
                  author,
                  now);
          procedures.add(r);
          procedures.add(
              p.documentsRequested(today.minusDays(35), "due " + r.dueOn(), author, now));
          p.dueNext(r.dueOn());
        }
        case UNDER_REVIEW -> {
          procedures.add(
              p.reach(
                  fr.relais.domain.model.procedure.ProcedureStatus.UNDER_REVIEW,
                  today.minusDays(40),
                  null,
                  author,
                  now));
          procedures.add(
              new fr.relais.domain.model.procedure.Attestation(
                  p,
                  fr.relais.domain.model.procedure.Attestation.Kind.ADP,
                  today.minusDays(80),
                  today.plusDays(10),
                  "Carte de séjour temporaire",
                  "L. 423-23",
                  true,
                  author,
                  now));
          procedures.add(
              p.attested("ADP until " + today.plusDays(10), today.minusDays(80), author, now));
          p.dueNext(today.plusDays(10));
        }
        case CANCELLED ->
            procedures.add(
                p.cancel(today.minusDays(10), "Démarche abandonnée à sa demande", author, now));
        default -> procedures.add(p.reach(target, today.minusDays(20), null, author, now));
      }
    }
    demoProcedureCursor.put(person.structure(), cursor);
  }

  /**
   * An accompanied person of the CCAS who has opened their own access, as if they had redeemed the
   * link their worker handed them: signs in as {@code personne.demo}.
   */
  private void demoOwnAccess(fr.relais.domain.model.person.Person person, StructureId structure) {
    var now = clock.now();
    var worker =
        accounts.findByIdentity(new ExternalIdentity(demoIssuer, "ts1.ccas")).orElseThrow().id();
    Account own =
        new Account(
            AccountId.random(),
            new ExternalIdentity(demoIssuer, "personne.demo"),
            person.displayName(),
            Role.BENEFICIARY,
            null,
            now);
    accounts.add(own);
    var issued =
        fr.relais.domain.model.personaccess.PersonAccessInvitation.issue(
            person.id(), structure, worker, now);
    personAccess.add(issued.invitation());
    issued.invitation().accept(own.id(), now);
    personAccess.add(
        new fr.relais.domain.model.personaccess.PersonAccess(issued.invitation(), own.id(), now));
  }

  /**
   * Madame B's case of the source report, ready to walk through (E3): followed by {@code ts1.ccas}
   * under an active mandate, her passport checked in person two days ago, and her ANEF account
   * recorded with the look-alike address her in-law opened it with — not her sub-address. Filing
   * the takeover claim and its approval by {@code agent.prefecture} are left to the visitor.
   */
  private void demoMadameB(StructureId structure) {
    var now = clock.now();
    var today = clock.today();
    var worker =
        accounts.findByIdentity(new ExternalIdentity(demoIssuer, "ts1.ccas")).orElseThrow().id();
    var person =
        new fr.relais.domain.model.person.Person(
            fr.relais.domain.model.person.PersonId.random(),
            structure,
            new fr.relais.domain.model.person.PersonIdentity(
                "Bouzid",
                "Samira",
                today.minusYears(41).minusDays(57),
                "Oran",
                "algérienne",
                "7500099999"),
            now);
    people.add(
        person,
        new fr.relais.domain.model.person.PersonContact(
            person.id(),
            new fr.relais.domain.model.person.ContactDetails(java.util.Map.of(), true)));
    people.assign(person.id(), worker, worker, now);
    demoMandates(person, 0, worker.value());
    verifications.add(
        fr.relais.domain.model.identity.IdentityVerification.inPerson(
            person.id().value(),
            fr.relais.domain.model.identity.IdentityDocumentType.PASSPORT,
            "DZ",
            fingerprints.of(
                fr.relais.domain.model.identity.IdentityVerification.NUMBER_PURPOSE, "DZ1234567"),
            "567",
            today.plusYears(4),
            "Premier accueil : passeport original présenté",
            worker.value(),
            now.minus(java.time.Duration.ofDays(2))));
    UUID accountId = UUID.randomUUID();
    var account =
        new fr.relais.domain.model.administration.AdministrationAccount(
            accountId,
            person.id().value(),
            structure.value(),
            fr.relais.domain.model.administration.AdministrationAccount.Service.ANEF,
            null,
            vault.seal(
                fr.relais.application.shielding.SealedField.ACCOUNT_IDENTIFIER.of(
                    person.id().value(), accountId),
                "7500099999".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            fingerprints.of(
                fr.relais.domain.model.administration.AdministrationAccount.IDENTIFIER_PURPOSE,
                "7500099999"),
            worker.value(),
            now);
    String lookAlike = "samira.bouzld@exemple-mail.fr";
    account.address(
        vault.seal(
            fr.relais.application.shielding.SealedField.ACCOUNT_ADDRESS.of(
                account.personId(), account.sealedRow()),
            lookAlike.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        contacts.emailFingerprint(lookAlike));
    administrationAccounts.add(account);
  }

  /** Creates the structure's people; returns the one given their own access in the demo. */
  private fr.relais.domain.model.person.Person demoPeople(
      StructureId structure, String worker1, String worker2, int salt) {
    fr.relais.domain.model.person.Person withOwnAccess = null;
    var today = clock.today();
    var now = clock.now();
    var w1 = accounts.findByIdentity(new ExternalIdentity(demoIssuer, worker1)).orElseThrow().id();
    var w2 = accounts.findByIdentity(new ExternalIdentity(demoIssuer, worker2)).orElseThrow().id();
    for (int i = 0; i < peoplePerStructure; i++) {
      int n = i * 7919 + salt * 104729;
      String last = LAST_NAMES[n % LAST_NAMES.length];
      String first = FIRST_NAMES[(n / 7) % FIRST_NAMES.length];
      boolean minor = salt == 0 && i % 97 == 0;
      java.time.LocalDate birth =
          minor
              ? today.minusYears(17).minusDays(i % 300)
              : today.minusYears(19 + n % 50).minusDays(n % 365);
      String number =
          i % 3 == 0 ? null : String.format("%010d", 7_500_000_000L + salt * 100_000L + i);
      var person =
          new fr.relais.domain.model.person.Person(
              fr.relais.domain.model.person.PersonId.random(),
              structure,
              new fr.relais.domain.model.person.PersonIdentity(
                  last,
                  first + (i >= 600 ? " " + (char) ('A' + i % 26) : ""),
                  birth,
                  "Bamako",
                  "malienne",
                  number),
              now);
      if (minor) {
        person.entrustToAse("TE-" + (2025_000 + i), today);
      }
      if ((salt == 1 && i % 4 == 0) || (salt == 0 && i % 50 == 0)) {
        person.protect(
            new fr.relais.domain.model.person.Protection(
                fr.relais.domain.model.person.ProtectionReason.DECLARED_VIOLENCE,
                today.minusMonths(2),
                null,
                null,
                null),
            today);
      }
      var contact =
          new fr.relais.domain.model.person.PersonContact(
              person.id(),
              new fr.relais.domain.model.person.ContactDetails(
                  person.isProtected()
                      ? java.util.Map.of(
                          fr.relais.domain.model.person.ContactPart.SHELTER,
                          "Foyer d'accueil n° " + (i + 1) + " (adresse confidentielle)")
                      : java.util.Map.of(),
                  i % 2 == 0));
      contact.fingerprint(null, null); // no email, no phone: nothing to hash (S46)
      if (person.isProtected()) {
        // F2: where a protected person now lives is sealed from the first day.
        contacts.seal(contact);
      }
      people.add(person, contact);
      people.assign(person.id(), i % 2 == 0 ? w1 : w2, w1, now);
      if (i < DEMO_MANDATES && !person.isProtected()) {
        demoMandates(person, i, (i % 2 == 0 ? w1 : w2).value());
      }
      if (i == 2 && salt == 0) {
        withOwnAccess = person;
      }
      if (!person.isProtected() && mailboxPeople.size() < 2 && i != 2) {
        mailboxPeople.add(person);
      }
    }
    return withOwnAccess;
  }

  private void demo(String subject, String name, Role role, StructureId structure) {
    ExternalIdentity identity = new ExternalIdentity(demoIssuer, subject);
    if (accounts.findByIdentity(identity).isEmpty()) {
      Account a = new Account(AccountId.random(), identity, name, role, structure, clock.now());
      // Where the demonstration members' notices go (the local mail server keeps them).
      a.rememberVerifiedEmail(subject + "@membres.relais.localhost");
      accounts.add(a);
    }
  }

  /** A demonstration worker who holds the <em>identity checker</em> habilitation (D1). */
  private void identityChecker(String subject) {
    accounts
        .findByIdentity(new ExternalIdentity(demoIssuer, subject))
        .ifPresent(a -> a.setHabilitations(true, a.protectedCases()));
  }

  /** A demonstration worker who holds the <em>protected cases</em> habilitation (F1, F2). */
  private void protectedCases(String subject) {
    accounts
        .findByIdentity(new ExternalIdentity(demoIssuer, subject))
        .ifPresent(a -> a.setHabilitations(a.identityChecker(), true));
  }
}
