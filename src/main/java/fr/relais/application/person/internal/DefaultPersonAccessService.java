package fr.relais.application.person.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.person.PersonAccessService;
import fr.relais.application.shielding.IdentityKey;
import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.personaccess.PersonAccess;
import fr.relais.domain.model.personaccess.PersonAccessInvitation;
import fr.relais.domain.model.personaccess.PersonAccessRepository;
import fr.relais.domain.shared.SingleUseLink;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The structure's side of a person's own access, and the redemption of access links. */
@ApplicationScoped
@Transactional
public class DefaultPersonAccessService implements PersonAccessService {

  @Inject fr.relais.domain.model.shielding.EmergencyLockRepository emergencyLocks;
  @Inject IdentityMatcher matcher;
  @Inject fr.relais.application.identity.SensitiveOperations sensitive;

  @Inject AccessPolicy policy;
  @Inject PersonAccessRepository access;
  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Inject
  @ConfigProperty(name = "relais.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Override
  public AccessView status(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "person-access.view");
    AuthenticatedUser user = policy.requireAuthenticated();
    Instant now = clock.now();
    Optional<PersonAccess> current = access.currentFor(person.id());
    List<LinkView> links =
        access.invitationsFor(person.id()).stream()
            .map(
                i ->
                    new LinkView(
                        i.id().toString(), i.status(now).name(), i.createdAt(), i.expiresAt()))
            .toList();
    journal.record(user.journal().about(person).success("person.access.view"));
    return new AccessView(
        current.isPresent(),
        current.map(PersonAccess::grantedAt).orElse(null),
        policy.persons().canManageAccess(user, person),
        links);
  }

  @Override
  public LinkIssued issue(PersonId personId) {
    Person person = requireManager(personId, "person.access.link.create");
    AuthenticatedUser user = policy.requireAuthenticated();
    Instant now = clock.now();
    if (emergencyLocks.active(person.id().value()).isPresent()) {
      // F6: no new access link while her access is locked.
      journal.recordSeparately(
          user.journal().about(person).refused("person.access.link.create", "LOCKED"));
      throw new ConflictException("emergencyLock", "her access is locked: no new link");
    }
    if (person.isProtected()) {
      // D3, S6: whoever redeems the link becomes « her »: for a protected person, her identity
      // verified recently and the member freshly authenticated, as for any sensitive operation.
      sensitive.require(person, "person.access.link.create");
    }
    if (access.currentFor(person.id()).isPresent()) {
      // A link handed to someone else must never silently replace the person's access: the
      // structure first ends it, deliberately and on the record.
      journal.recordSeparately(
          user.journal().about(person).refused("person.access.link.create", "ACCESS_IN_FORCE"));
      throw new ConflictException("The person already has access: end it first.");
    }
    withdrawPendingLinks(person, now);
    PersonAccessInvitation.Issued issued =
        PersonAccessInvitation.issue(person.id(), person.structure(), user.accountId(), now);
    access.add(issued.invitation());
    journal.record(
        user.journal()
            .about(person)
            .success("person.access.link.create", issued.invitation().id().toString()));
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return new LinkIssued(
        issued.invitation().id().toString(),
        issued.invitation().expiresAt(),
        base + "/access.xhtml?token=" + issued.token());
  }

  @Override
  public void withdrawPending(PersonId personId) {
    Person person = requireManager(personId, "person.access.link.withdraw");
    AuthenticatedUser user = policy.requireAuthenticated();
    int withdrawn = withdrawPendingLinks(person, clock.now());
    journal.record(
        user.journal()
            .about(person)
            .success("person.access.link.withdraw", Integer.toString(withdrawn)));
  }

  private int withdrawPendingLinks(Person person, Instant now) {
    int withdrawn = 0;
    for (PersonAccessInvitation pending : access.invitationsFor(person.id())) {
      if (pending.revokeIfPending(now)) {
        withdrawn++;
      }
    }
    return withdrawn;
  }

  @Override
  public void end(PersonId personId, String reason) {
    Person person = requireManager(personId, "person.access.end");
    AuthenticatedUser user = policy.requireAuthenticated();
    if (reason != null && reason.length() > 500) {
      throw new InvalidInputException("reason", "at most 500 characters");
    }
    Instant now = clock.now();
    PersonAccess current =
        access
            .currentForUpdate(person.id())
            .orElseThrow(() -> new ConflictException("The person has no access in force."));
    current.end(user.accountId(), reason == null || reason.isBlank() ? null : reason.trim(), now);
    withdrawPendingLinks(person, now);
    journal.record(user.journal().about(person).success("person.access.end"));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Redemption check(String token) {
    return access
        .findInvitationByToken(token)
        .map(i -> outcome(i.status(clock.now())))
        .orElse(Redemption.INVALID);
  }

  @Override
  public Redemption redeem(
      String token, ExternalIdentity identity, String displayName, String verifiedEmail) {
    Instant now = clock.now();
    JournalActor actor = new JournalActor(identity.issuer(), identity.subject(), displayName);
    Optional<PersonAccessInvitation> found = access.findInvitationByTokenForUpdate(token);
    if (found.isEmpty()) {
      journal.record(
          JournalRecord.by(actor)
              .about("person_access_link", null)
              .refused("person.access.grant", "INVALID"));
      return Redemption.INVALID;
    }
    PersonAccessInvitation invitation = found.get();
    Redemption outcome = outcome(invitation.status(now));
    Optional<Account> existing = accounts.findByIdentity(identity);
    if (outcome == Redemption.ACCEPTED
        && existing.isPresent()
        && !policy.own().canBecomeOwnLogin(existing.get())) {
      outcome = Redemption.STAFF_ACCOUNT;
    }
    if (outcome == Redemption.ACCEPTED
        && access.currentForUpdate(invitation.person()).isPresent()) {
      outcome = Redemption.ALREADY_USED;
    }
    if (outcome == Redemption.ACCEPTED
        && emergencyLocks.active(invitation.person().value()).isPresent()) {
      outcome = Redemption.LOCKED; // F6: no new linked login while her access is locked
    }
    if (outcome == Redemption.ACCEPTED) {
      // F5, S46: someone on her blocked list — by the login itself (issuer and subject, however
      // the provider presents it, with or without an email claim) or by the address it vouches
      // for, in any variant — gets the answer of a link that does not exist; her followers are
      // alerted. A takeover claim's approval puts the intruder's login on that list (E3).
      List<IdentityKey> presented = new java.util.ArrayList<>();
      matcher.login(identity.issuer(), identity.subject()).ifPresent(presented::add);
      matcher.email(verifiedEmail).ifPresent(presented::add);
      existing.ifPresent(a -> presented.addAll(matcher.identitiesOf(a)));
      if (matcher
          .refuse(
              invitation.person(),
              presented,
              JournalRecord.by(actor)
                  .in(invitation.structure().value())
                  .about("person", invitation.person().toString()),
              "person.access.grant",
              IdentityMatcher.Alert.FOLLOWERS)
          .isPresent()) {
        return Redemption.INVALID;
      }
    }
    if (outcome != Redemption.ACCEPTED) {
      journal.record(
          JournalRecord.by(actor)
              .in(invitation.structure().value())
              .about("person", invitation.person().toString())
              .refused("person.access.grant", outcome.name()));
      return outcome;
    }
    Account account;
    if (existing.isPresent()) {
      account = existing.get();
    } else {
      String name =
          displayName == null || displayName.isBlank() ? identity.subject() : displayName.trim();
      account =
          new Account(
              AccountId.random(),
              identity,
              name.length() > 200 ? name.substring(0, 200) : name,
              Role.BENEFICIARY,
              null,
              now);
      accounts.add(account);
    }
    invitation.accept(account.id(), now);
    access.add(new PersonAccess(invitation, account.id(), now));
    journal.record(
        JournalRecord.by(actor)
            .in(invitation.structure().value())
            .about("person", invitation.person().toString())
            .success(
                "person.access.grant", existing.isPresent() ? "EXISTING_ACCOUNT" : "NEW_ACCOUNT"));
    return Redemption.ACCEPTED;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean anyProtectedRecord(AccountId account) {
    return access.anyProtectedInForce(account);
  }

  private static Redemption outcome(SingleUseLink.Status status) {
    return switch (status) {
      case PENDING -> Redemption.ACCEPTED;
      case ACCEPTED -> Redemption.ALREADY_USED;
      case EXPIRED -> Redemption.EXPIRED;
      case REVOKED -> Redemption.REVOKED;
    };
  }

  private Person requireManager(PersonId personId, String action) {
    Person person = policy.persons().requireSeeFile(personId, action);
    policy.persons().requireManageAccess(person, action);
    return person;
  }
}
