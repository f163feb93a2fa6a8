package fr.relais.application.identity.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.identity.IdentityService;
import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.Fingerprints;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.identity.IdentityDocumentType;
import fr.relais.domain.model.identity.IdentityVerification;
import fr.relais.domain.model.identity.IdentityVerificationRepository;
import fr.relais.domain.model.identity.VerificationLevel;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.personaccess.PersonAccess;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Identity verification, decided by the access policy, every step journaled (D1, S21). */
@ApplicationScoped
@Transactional
public class DefaultIdentityService implements IdentityService {

  private static final int HISTORY = 50;

  @Inject AccessPolicy policy;
  @Inject IdentityVerificationRepository verifications;
  @Inject AccountRepository accounts;
  @Inject Fingerprints fingerprints;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject fr.relais.domain.model.personaccess.PersonAccessRepository access;
  @Inject fr.relais.domain.model.person.PersonRepository people;
  @Inject fr.relais.domain.model.structure.StructureRepository structures;

  /**
   * The {@code acr} values that mean eIDAS level substantial or high (FranceConnect+: eidas2,
   * eidas3).
   */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "relais.identity.substantial-acr",
      defaultValue = "eidas2 eidas3")
  String substantialAcr;

  @Override
  public IdentityView status(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "identity.view");
    AuthenticatedUser user = policy.requireAuthenticated();
    return view(person, policy.identity().canCheckIdentity(user, person));
  }

  @Override
  public List<MyIdentity> mine() {
    AuthenticatedUser user = policy.own().requireEnter("identity.self.view");
    List<MyIdentity> out = new ArrayList<>();
    for (PersonAccess link : access.currentForAccount(user.accountId())) {
      Person person = people.find(link.person()).orElseThrow();
      String structure =
          structures
              .find(link.structure())
              .map(fr.relais.domain.model.structure.Structure::name)
              .orElse("");
      out.add(new MyIdentity(person.id().toString(), structure, view(person, false)));
    }
    journal.record(
        user.journal().about("account", user.accountId().toString()).success("identity.self.view"));
    return out;
  }

  @Override
  public IdentityView recordInPersonCheck(PersonId personId, InPersonCheck check) {
    Person person = policy.persons().requireSeeFile(personId, "identity.check");
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.identity().requireCheckIdentity(person);
    if (check == null) {
      throw new InvalidInputException("body", "required");
    }
    List<InvalidInputException.Violation> violations = new ArrayList<>();
    IdentityDocumentType type = null;
    try {
      type = IdentityDocumentType.valueOf(Objects.requireNonNullElse(check.documentType(), ""));
    } catch (IllegalArgumentException e) {
      violations.add(
          new InvalidInputException.Violation(
              "documentType", "one of " + List.of(IdentityDocumentType.values())));
    }
    String number = null;
    try {
      number = IdentityVerification.normaliseNumber(check.documentNumber());
    } catch (IllegalArgumentException e) {
      violations.add(violation(e));
    }
    LocalDate expiresOn = null;
    try {
      expiresOn = check.expiresOn() == null ? null : LocalDate.parse(check.expiresOn());
    } catch (DateTimeParseException e) {
      violations.add(new InvalidInputException.Violation("expiresOn", "a date, YYYY-MM-DD"));
    }
    if (!Boolean.TRUE.equals(check.protocolFollowed())) {
      // S21: the written protocol is the check; a member who did not follow it records nothing.
      violations.add(
          new InvalidInputException.Violation(
              "protocolFollowed", "the protocol must be followed, each step"));
    }
    IdentityVerification step = null;
    if (violations.isEmpty()) {
      try {
        step =
            IdentityVerification.inPerson(
                person.id().value(),
                type,
                check.issuingCountry(),
                fingerprints.of(IdentityVerification.NUMBER_PURPOSE, number),
                number.substring(number.length() - IdentityVerification.NUMBER_END),
                expiresOn,
                check.reason(),
                user.accountId().value(),
                clock.now());
      } catch (IllegalArgumentException e) {
        violations.add(violation(e));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    verifications.add(step);
    // The level and the kind of document, never its number (S42).
    journal.record(
        user.journal()
            .about(person)
            .success("identity.check", step.level().name() + " " + step.documentType().name()));
    return view(person, true);
  }

  @Override
  public int recordRemoteVerification(AccountId account, String providerId, String acr) {
    if (acr == null || !substantialAcr().contains(acr.trim())) {
      return 0; // S3: only what the provider says it verified counts
    }
    Instant now = clock.now();
    int raised = 0;
    for (PersonAccess link : access.currentForAccount(account)) {
      java.util.UUID person = link.person().value();
      boolean recent =
          verifications.history(person, HISTORY).stream()
              .anyMatch(
                  v ->
                      v.level() == VerificationLevel.EIDAS_SUBSTANTIAL
                          && v.checkedAt().isAfter(now.minus(java.time.Duration.ofDays(1))));
      if (recent) {
        continue;
      }
      verifications.add(IdentityVerification.remote(person, providerId, acr.trim(), now));
      journal.record(
          fr.relais.domain.model.journal.JournalRecord.by(
                  accounts
                      .find(account)
                      .map(a -> AuthenticatedUser.of(a).asJournalActor())
                      .orElse(fr.relais.domain.model.journal.JournalActor.ANONYMOUS))
              .in(link.structure().value())
              .about("person", person)
              .success("identity.remote", VerificationLevel.EIDAS_SUBSTANTIAL.name() + " " + acr));
      raised++;
    }
    return raised;
  }

  private java.util.Set<String> substantialAcr() {
    return java.util.Set.of(substantialAcr.trim().split("\\s+"));
  }

  private IdentityView view(Person person, boolean canCheck) {
    List<IdentityVerification> history = verifications.history(person.id().value(), HISTORY);
    Map<AccountId, String> names =
        accounts
            .findAll(
                history.stream()
                    .filter(v -> v.checkedBy() != null)
                    .map(v -> new AccountId(v.checkedBy()))
                    .collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(Account::id, Account::displayName));
    VerificationLevel level = VerificationLevel.DECLARED;
    Instant reachedAt = person.createdAt();
    // The newest step of the highest level: history is newest first.
    IdentityVerification best =
        history.stream()
            .max(
                Comparator.comparing(IdentityVerification::level)
                    .thenComparing(IdentityVerification::checkedAt))
            .orElse(null);
    if (best != null) {
      level = best.level();
      reachedAt = best.checkedAt();
    }
    List<Step> steps =
        history.stream()
            .map(
                v ->
                    new Step(
                        v.level().name(),
                        v.method().name(),
                        v.documentType() == null ? null : v.documentType().name(),
                        v.issuingCountry(),
                        v.documentNumberEnd(),
                        v.documentExpiresOn(),
                        v.provider(),
                        v.acr(),
                        v.reason(),
                        v.checkedBy() == null ? null : names.get(new AccountId(v.checkedBy())),
                        v.checkedAt()))
            .toList();
    return new IdentityView(level.name(), reachedAt, steps, canCheck);
  }

  private static InvalidInputException.Violation violation(IllegalArgumentException e) {
    String m = String.valueOf(e.getMessage());
    int colon = m.indexOf(':');
    return colon > 0
        ? new InvalidInputException.Violation(m.substring(0, colon), m.substring(colon + 1).trim())
        : new InvalidInputException.Violation("body", m);
  }
}
