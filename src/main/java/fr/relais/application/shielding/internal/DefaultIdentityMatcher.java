package fr.relais.application.shielding.internal;

import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.CanonicalForms;
import fr.relais.application.shielding.Fingerprints;
import fr.relais.application.shielding.IdentityKey;
import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.emailchange.EmailChangeRepository;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.mailbox.MailAddressing;
import fr.relais.domain.model.person.ContactDetails;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonIdentity;
import fr.relais.domain.model.shielding.BlockedPerson;
import fr.relais.domain.model.shielding.BlockedPersonRepository;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.IDN;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The identity matcher: canonical forms from {@link CanonicalForms}, keyed hashes from {@link
 * Fingerprints}, one query for her blocked list and one for her flagged addresses whatever the
 * number of identities asked about.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultIdentityMatcher implements IdentityMatcher {

  @Inject Fingerprints fingerprints;
  @Inject BlockedPersonRepository blocked;
  @Inject EmailChangeRepository emailChanges;
  @Inject MailAddressing addressing;
  @Inject IdentityAlerts alerts;
  @Inject Journal journal;

  @Override
  public Optional<IdentityKey> email(String raw) {
    return CanonicalForms.email(raw, ownDomains())
        .map(c -> key(BlockedPerson.Kind.EMAIL, c, legacyEmail(raw), legacyEmail(c)));
  }

  @Override
  public Optional<IdentityKey> phone(String raw) {
    return CanonicalForms.phone(raw)
        .map(
            c ->
                key(
                    BlockedPerson.Kind.PHONE,
                    c,
                    ContactDetails.normalisePhone(raw),
                    ContactDetails.normalisePhone(c)));
  }

  @Override
  public Optional<IdentityKey> nameWithBirthDate(String name, LocalDate birthDate) {
    return CanonicalForms.nameWithBirthDate(name, birthDate)
        .map(
            c ->
                key(
                    BlockedPerson.Kind.NAME_BIRTH,
                    c,
                    name == null ? null : PersonIdentity.searchKey(name) + "|" + birthDate));
  }

  @Override
  public Optional<IdentityKey> foreignNumber(String raw) {
    return CanonicalForms.foreignNumber(raw)
        .map(
            c ->
                key(
                    BlockedPerson.Kind.FOREIGN_NUMBER,
                    c,
                    raw == null ? null : raw.strip().replaceAll("[\\s.-]", "")));
  }

  @Override
  public Optional<IdentityKey> login(String issuer, String subject) {
    return CanonicalForms.login(issuer, subject).map(c -> key(BlockedPerson.Kind.LOGIN, c));
  }

  @Override
  public List<IdentityKey> identitiesOf(Account account) {
    List<IdentityKey> out = new ArrayList<>(2);
    login(account.identity().issuer(), account.identity().subject()).ifPresent(out::add);
    account.email().flatMap(this::email).ifPresent(out::add);
    return out;
  }

  @Override
  public String fingerprint(String namespace, IdentityKey key) {
    return fingerprints.of(namespace + ":" + key.kind().name(), key.canonical());
  }

  @Override
  public Optional<Match> match(PersonId person, Collection<? extends IdentityKey> identities) {
    if (identities.isEmpty()) {
      return Optional.empty();
    }
    List<BlockedPerson> onList =
        blocked.activeMatching(person.value(), candidates(BLOCKED_LIST, identities));
    if (!onList.isEmpty()) {
      return Optional.of(new Match(person, Reason.BLOCKED, onList.get(0).kind()));
    }
    List<IdentityKey> emails =
        identities.stream()
            .filter(k -> k.kind() == BlockedPerson.Kind.EMAIL)
            .map(IdentityKey.class::cast)
            .toList();
    if (!emails.isEmpty() && emailChanges.flaggedAny(person.value(), candidates(CONTACT, emails))) {
      return Optional.of(new Match(person, Reason.FLAGGED, BlockedPerson.Kind.EMAIL));
    }
    return Optional.empty();
  }

  @Override
  public List<PersonId> blockingIn(
      StructureId structure, Collection<? extends IdentityKey> identities) {
    if (identities.isEmpty()) {
      return List.of();
    }
    Set<PersonId> out = new LinkedHashSet<>();
    for (BlockedPerson b :
        blocked.activeMatchingInStructure(
            structure.value(), candidates(BLOCKED_LIST, identities))) {
      out.add(new PersonId(b.personId()));
    }
    return List.copyOf(out);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Optional<Match> refuse(
      PersonId person,
      Collection<? extends IdentityKey> identities,
      JournalRecord.Builder entry,
      String action,
      Alert alert) {
    Optional<Match> match = match(person, identities);
    match.ifPresent(
        m -> {
          journal.recordSeparately(entry.refused(action, m.detail()));
          if (m.reason() == Reason.BLOCKED || alert == Alert.FOLLOWERS_AND_ADMINISTRATORS) {
            alerts.tell(person, alert);
          }
        });
    return match;
  }

  @Override
  public void alert(PersonId person, Alert who) {
    alerts.tell(person, who);
  }

  /** Every keyed hash an entry of these identities may have been kept under, in a namespace. */
  private Set<String> candidates(String namespace, Collection<? extends IdentityKey> identities) {
    Set<String> out = new LinkedHashSet<>();
    for (IdentityKey k : identities) {
      String purpose = namespace + ":" + k.kind().name();
      out.add(fingerprints.of(purpose, k.canonical()));
      for (String legacy : k.legacy()) {
        out.add(fingerprints.of(purpose, legacy));
      }
    }
    return out;
  }

  /** The deployment's own mail domain: there, the tag after {@code +} names a person. */
  private Set<String> ownDomains() {
    String d = addressing.domain();
    try {
      return Set.of(IDN.toASCII(d.strip(), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Set.of(d.strip().toLowerCase(Locale.ROOT));
    }
  }

  /** The exact form addresses were hashed over before canonical forms: case folded, trimmed. */
  private static String legacyEmail(String raw) {
    return raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
  }

  private static IdentityKey key(BlockedPerson.Kind kind, String canonical, String... legacy) {
    Set<String> forms = new LinkedHashSet<>();
    for (String l : legacy) {
      if (l != null && !l.isEmpty() && !l.equals(canonical)) {
        forms.add(l);
      }
    }
    return new IdentityKey(kind, canonical, forms);
  }
}
