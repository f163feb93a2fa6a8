package fr.relais.application.identity.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.NotFoundException;
import fr.relais.application.Page;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.identity.EmailChangeService;
import fr.relais.application.identity.SensitiveOperations;
import fr.relais.application.identity.TakeoverClaimService;
import fr.relais.application.journal.Journal;
import fr.relais.application.mailbox.MailboxService;
import fr.relais.application.notification.ReminderService;
import fr.relais.application.person.internal.SealedContacts;
import fr.relais.application.shielding.BlockedPersonService;
import fr.relais.application.shielding.Fingerprints;
import fr.relais.application.shielding.SealedField;
import fr.relais.application.shielding.SealedOpener;
import fr.relais.application.shielding.SealedReads;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.administration.AdministrationAccount;
import fr.relais.domain.model.administration.AdministrationAccountRepository;
import fr.relais.domain.model.administration.TakeoverClaim;
import fr.relais.domain.model.administration.TakeoverClaimId;
import fr.relais.domain.model.administration.TakeoverClaimRepository;
import fr.relais.domain.model.administration.WorkingDays;
import fr.relais.domain.model.document.DocumentVersionId;
import fr.relais.domain.model.identity.IdentityVerification;
import fr.relais.domain.model.identity.IdentityVerificationRepository;
import fr.relais.domain.model.identity.VerificationLevel;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.person.ContactDetails;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.personaccess.PersonAccess;
import fr.relais.domain.model.personaccess.PersonAccessRepository;
import fr.relais.domain.model.structure.AccreditationStatus;
import fr.relais.domain.model.structure.Departments;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Takeover claims; each decision asked of the access policy, every step journaled. */
@ApplicationScoped
@jakarta.transaction.Transactional
public class DefaultTakeoverClaimService implements TakeoverClaimService {

  static final JournalActor ESCALATION = JournalActor.system("escalation");
  private static final String FILE = "takeover.file";
  private static final String DECIDE = "takeover.decide";

  /** The agent's queue, oldest first, by the claim's filing instant. */
  private static final Keyset<TakeoverClaim> QUEUE =
      Keyset.after(50, 200, c -> List.of(c.filedAt()), Part.INSTANT);

  @Inject AccessPolicy policy;
  @Inject SensitiveOperations sensitive;
  @Inject TakeoverClaimRepository claims;
  @Inject AdministrationAccountRepository administrationAccounts;
  @Inject PersonRepository people;
  @Inject StructureRepository structures;
  @Inject AccountRepository accounts;
  @Inject PersonAccessRepository access;
  @Inject HerLoginTies ties;
  @Inject IdentityVerificationRepository verifications;
  @Inject EmailChangeService emailChanges;
  @Inject BlockedPersonService blockedPersons;
  @Inject MailboxService mailbox;
  @Inject ReminderService reminders;
  @Inject Vault vault;
  @Inject SealedReads reads;
  @Inject Fingerprints fingerprints;
  @Inject fr.relais.application.shielding.IdentityMatcher matcher;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject fr.relais.application.procedure.ProcedureService procedureService;
  @Inject fr.relais.domain.model.procedure.ProcedureRepository procedures;
  @Inject fr.relais.domain.model.document.DocumentRepository documents;
  @Inject ClaimAttachments attachments;

  /** At most this many documents attached to a claim. */
  static final int MAX_ATTACHMENTS = 10;

  @Override
  public ClaimView file(PersonId personId, NewClaim input) {
    Person person = policy.persons().requireSeeFile(personId, FILE);
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.identity().requireChangeEmail(person, FILE);
    if (input == null) {
      throw new InvalidInputException("body", "required");
    }
    String identifier = DefaultAdministrationAccountService.normaliseIdentifier(input.identifier());
    List<String> intruders = intruders(input.intruderAddresses());
    TakeoverClaim.Filing filing;
    try {
      filing =
          new TakeoverClaim.Filing(
              input.description(),
              intruders.size(),
              Boolean.TRUE.equals(input.ownAccessHeld()),
              input.heldSince());
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "description");
    }
    if (input.heldSince() != null && input.heldSince().isAfter(clock.today())) {
      throw new InvalidInputException("heldSince", "not in the future");
    }
    // D1, S6: her identity verified recently, the filer freshly authenticated.
    sensitive.require(person, FILE);
    List<UUID> attachments = this.attachments.pick(person, input.attachmentIds());
    AdministrationAccount account = accountFor(person, user, input, identifier);
    for (TakeoverClaim c : claims.forPerson(person.id().value())) {
      if (c.accountId().equals(account.id()) && c.status() == TakeoverClaim.Status.PENDING) {
        throw new ConflictException("identifier", "a claim for this account is already pending");
      }
    }
    Instant now = clock.now();
    UUID id = UUID.randomUUID();
    TakeoverClaim claim =
        new TakeoverClaim(
            id,
            person.id().value(),
            person.structure().value(),
            account.id(),
            filing,
            sealIntruders(person, id, intruders),
            user.accountId().value(),
            now,
            WorkingDays.oneWorkingDayAfter(now));
    claims.add(claim);
    for (UUID version : attachments) {
      claims.attach(claim.id(), version);
    }
    Structure structure = structures.find(person.structure()).orElseThrow();
    reminders.notifyMembers(agentsOf(structure), "TAKEOVER_FILED", claim.id().toString());
    journal.record(
        user.journal().about(person).success(FILE, intruders.size() + " intruder addresses"));
    return view(claim, person, true);
  }

  private AdministrationAccount accountFor(
      Person person, AuthenticatedUser user, NewClaim input, String identifier) {
    String hash = fingerprints.of(AdministrationAccount.IDENTIFIER_PURPOSE, identifier);
    for (AdministrationAccount a : administrationAccounts.forPerson(person.id().value())) {
      if (a.identifierFingerprint().equals(hash)) {
        return a;
      }
    }
    AdministrationAccount.Service service;
    try {
      service =
          AdministrationAccount.Service.valueOf(
              input.service() == null ? "ANEF" : input.service().strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("service", "ANEF or OTHER");
    }
    AdministrationAccount a;
    UUID id = UUID.randomUUID();
    try {
      a =
          new AdministrationAccount(
              id,
              person.id().value(),
              person.structure().value(),
              service,
              input.serviceLabel(),
              SealedAccounts.sealIdentifier(vault, person.id().value(), id, identifier),
              hash,
              user.accountId().value(),
              clock.now());
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "serviceLabel");
    }
    administrationAccounts.add(a);
    journal.record(
        user.journal().about(person).success("administration-account.record", service.name()));
    return a;
  }

  @Override
  public fr.relais.application.file.DocumentService.Download attachment(
      TakeoverClaimId claimId, DocumentVersionId versionId) {
    return attachments.download(find(claimId), versionId);
  }

  private static List<String> intruders(List<String> given) {
    Set<String> out = new LinkedHashSet<>();
    for (String raw : given == null ? List.<String>of() : given) {
      String e = ContactDetails.normaliseEmail(raw);
      if (e == null) {
        throw new InvalidInputException("intruderAddresses", ContactDetails.NOT_AN_EMAIL);
      }
      out.add(e);
    }
    return List.copyOf(out);
  }

  @Override
  @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
  public List<ClaimView> forPerson(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "takeover.view");
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.persons().requireEdit(person, "takeover.view");
    boolean open = policy.sealed().canOpenAll(user, person);
    return claims.forPerson(person.id().value()).stream().map(c -> view(c, person, open)).toList();
  }

  @Override
  public Page<ClaimView> queue(String status, String after, Integer limit) {
    AuthenticatedUser user = policy.identity().requireTakeoverQueue();
    TakeoverClaim.Status st;
    try {
      st = TakeoverClaim.Status.valueOf(status == null ? "PENDING" : status);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "PENDING, APPROVED or REJECTED");
    }
    Keyset.Request<TakeoverClaim> asked = QUEUE.read(after, limit);
    Set<String> departments = accounts.departmentsOf(user.accountId());
    List<UUID> covered =
        structures.withStatusIn(EnumSet.allOf(AccreditationStatus.class), departments).stream()
            .map(s -> s.id().value())
            .toList();
    Keyset.Window<TakeoverClaim> window =
        asked.window(claims.ofStructures(covered, st, asked.instant(0), asked.lookAhead()));
    List<ClaimView> items = new ArrayList<>();
    for (TakeoverClaim c : window.rows()) {
      Person p = people.find(new PersonId(c.personId())).orElse(null);
      if (p != null) {
        items.add(view(c, p, true)); // the deciding agent sees the evidence
      }
    }
    journal.record(
        user.journal().about("takeover", null).success("takeover.queue", items.size() + " claims"));
    return window.page(items);
  }

  @Override
  @fr.relais.application.UniformDuration // E4: a claim out of reach is not timed apart
  public ClaimView decide(TakeoverClaimId claimId, Decision decision) {
    TakeoverClaim claim = find(claimId);
    AuthenticatedUser agent =
        policy
            .identity()
            .requireTakeoverDecision(new StructureId(claim.structureId()), claim.filedBy());
    Person person = people.find(new PersonId(claim.personId())).orElseThrow(NotFoundException::new);
    if (decision == null
        || !"APPROVE".equals(decision.decision()) && !"REJECT".equals(decision.decision())) {
      throw new InvalidInputException("decision", "APPROVE or REJECT");
    }
    if (claim.status() != TakeoverClaim.Status.PENDING) {
      throw new ConflictException("status", "the claim is " + claim.status().name());
    }
    boolean approve = "APPROVE".equals(decision.decision());
    policy.identity().requireFreshAuthentication(DECIDE, person); // S6, before anything changes
    try {
      claim.decide(approve, agent.accountId().value(), decision.reason(), clock.now());
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "reason");
    }
    String detail = approve ? approve(claim, person, agent) : "REJECTED";
    reminders.notifyFollowersAndAdministrators(person, "TAKEOVER_DECIDED", person.id().toString());
    journal.record(agent.journal().in(claim.structureId()).about(person).success(DECIDE, detail));
    return view(claim, person, true);
  }

  /** S33: she gets her account back; the intruder loses every way in and is told nothing. */
  private String approve(TakeoverClaim claim, Person person, AuthenticatedUser agent) {
    Instant now = clock.now();
    AdministrationAccount account =
        administrationAccounts.find(claim.accountId()).orElseThrow(NotFoundException::new);
    String sub = mailbox.subAddress(person, agent);
    account.moveDone(
        SealedAccounts.sealAddress(vault, account, sub),
        SealedContacts.emailFingerprint(matcher, sub),
        agent.accountId().value(),
        now);
    account.reclaimed(now);
    List<String> intruders = openIntruders(vault, claim);
    for (String address : intruders) {
      // S46: under their canonical forms, so that no variant of them can come back by any path.
      emailChanges.flagDecided(person, address, "takeover claim approved", agent);
      matcher
          .email(address)
          .ifPresent(k -> blockedPersons.blockDecided(person.id(), k, agent.accountId()));
    }
    claim.canonicalFlagsDone();
    int cut = 0;
    if (claim.ownAccessHeld()) {
      cut = cutOwnAccess(person, agent.accountId(), now);
    }
    // S33: what was filed from the account while it was held waits for a review on her file.
    int frozen = procedureService.freezeFiledFrom(account.id(), claim.heldSince(), agent);
    return "APPROVED, "
        + intruders.size()
        + " addresses detached, "
        + cut
        + " sessions and links ended, "
        + frozen
        + " procedures frozen";
  }

  /**
   * The link of her own access held by the intruder ends, with everything tied to it (S31); the
   * login that held it goes on her blocked list, so that no new link can ever bind it to her again,
   * with or without an email claim (E3, S46).
   */
  private int cutOwnAccess(Person person, AccountId by, Instant now) {
    java.util.Optional<PersonAccess> link = access.currentForUpdate(person.id());
    link.ifPresent(l -> l.end(by, "TAKEOVER", now));
    link.flatMap(l -> accounts.find(l.account()))
        .ifPresent(
            intruder ->
                matcher
                    .identitiesOf(intruder)
                    .forEach(k -> blockedPersons.blockDecided(person.id(), k, by)));
    return (link.isPresent() ? 1 : 0)
        + ties.cut(person.id(), link.map(PersonAccess::account).orElse(null), now);
  }

  @Override
  public int escalateDue() {
    Instant now = clock.now();
    int count = 0;
    for (TakeoverClaim c : claims.dueForEscalation(now, 100)) {
      if (!c.escalateIfDue(now)) {
        continue;
      }
      Structure structure = structures.find(new StructureId(c.structureId())).orElse(null);
      if (structure != null) {
        reminders.notifyMembers(agentsOf(structure), "TAKEOVER_ESCALATED", c.id().toString());
      }
      journal.record(
          JournalRecord.by(ESCALATION)
              .in(c.structureId())
              .about("takeover", c.id())
              .success("takeover.escalate"));
      count++;
    }
    return count;
  }

  /** The active prefecture agents covering one of the structure's departments. */
  private List<AccountId> agentsOf(Structure structure) {
    List<AccountId> out = new ArrayList<>();
    for (Account a : accounts.withRole(Role.PREFECTURE_AGENT)) {
      if (a.isActive()
          && Departments.intersect(
              structure.concernedDepartments(), accounts.departmentsOf(a.id()))) {
        out.add(a.id());
      }
    }
    return out;
  }

  private TakeoverClaim find(TakeoverClaimId id) {
    return claims.find(id.value()).orElseThrow(NotFoundException::new);
  }

  private byte[] sealIntruders(Person person, UUID claim, List<String> intruders) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    intruders.forEach(b::add);
    return vault.seal(
        SealedField.TAKEOVER_INTRUDERS.of(person.id().value(), claim),
        b.build().toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The intruders' addresses the claim named, as typed (sealed under her data key). */
  public static List<String> openIntruders(SealedOpener opener, TakeoverClaim claim) {
    String json =
        opener.openText(
            SealedField.TAKEOVER_INTRUDERS.of(claim.personId(), claim.sealedRow()),
            claim.intrudersSealed());
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }
  }

  private String level(Person person) {
    VerificationLevel best = VerificationLevel.DECLARED;
    for (IdentityVerification v : verifications.history(person.id().value(), 50)) {
      if (v.level().atLeast(best)) {
        best = v.level();
      }
    }
    return best.name();
  }

  private String nameOf(java.util.UUID account) {
    return account == null
        ? null
        : accounts.find(new AccountId(account)).map(Account::displayName).orElse(null);
  }

  private ClaimView view(TakeoverClaim c, Person person, boolean open) {
    return new ClaimView(
        c.id().toString(),
        person.id().toString(),
        person.displayName(),
        structures.find(person.structure()).map(Structure::name).orElse(null),
        c.status().name(),
        c.accountId().toString(),
        c.description(),
        c.intruderCount(),
        open ? openIntruders(vault, c) : null,
        c.ownAccessHeld(),
        c.heldSince(),
        level(person),
        nameOf(c.filedBy()),
        c.filedAt(),
        c.escalateAt(),
        c.escalatedAt(),
        nameOf(c.decidedBy()),
        c.decidedAt(),
        c.decisionReason(),
        claims.attachments(c.id()).stream()
            .map(documents::version)
            .flatMap(java.util.Optional::stream)
            .map(
                v ->
                    new AttachmentView(v.id().toString(), v.type().name(), v.mediaType(), v.size()))
            .toList(),
        (int) procedures.frozenFrom(c.accountId()));
  }
}
