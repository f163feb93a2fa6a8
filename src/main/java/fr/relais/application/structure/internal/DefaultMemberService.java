package fr.relais.application.structure.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.IdentityKey;
import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.application.structure.MemberService;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.access.Invitation;
import fr.relais.domain.model.access.InvitationId;
import fr.relais.domain.model.access.InvitationRepository;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.shared.SingleUseLink;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Invitations and members; every change journaled against the structure. */
@ApplicationScoped
@Transactional
public class DefaultMemberService implements MemberService {

  @Inject AccessPolicy policy;
  @Inject AccountRepository accounts;
  @Inject InvitationRepository invitations;
  @Inject StructureRepository structures;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject PersonRepository people;
  @Inject IdentityMatcher matcher;

  @Inject
  @ConfigProperty(name = "relais.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Override
  public InvitationIssued invite(StructureId id, InvitationRequest request) {
    if (request == null || request.role() == null) {
      throw new InvalidInputException("role", "required");
    }
    Role role;
    try {
      role = Role.valueOf(request.role().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "role", "one of STRUCTURE_ADMINISTRATOR, SOCIAL_WORKER, VOLUNTEER");
    }
    if (!role.isStructureRole()) {
      throw new InvalidInputException(
          "role", "one of STRUCTURE_ADMINISTRATOR, SOCIAL_WORKER, VOLUNTEER");
    }
    AuthenticatedUser user = policy.structures().requireInvite(id, role);
    existing(id);
    Invitation.Issued issued;
    try {
      issued =
          Invitation.issue(
              id,
              role,
              Boolean.TRUE.equals(request.identityChecker()),
              Boolean.TRUE.equals(request.protectedCases()),
              user.accountId(),
              clock.now());
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "role");
    }
    invitations.add(issued.invitation());
    journal.record(
        user.journal()
            .in(id.value())
            .about("invitation", issued.invitation().id().toString())
            .success("member.invite", role.name()));
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return new InvitationIssued(
        issued.invitation().id().toString(),
        role.name(),
        issued.invitation().expiresAt(),
        base + "/invitation.xhtml?token=" + issued.token());
  }

  @Override
  public List<InvitationView> invitations(StructureId id) {
    policy.structures().requireManageMembers(id);
    existing(id);
    Instant now = clock.now();
    return invitations.forStructure(id).stream()
        .map(
            i ->
                new InvitationView(
                    i.id().toString(),
                    i.role().name(),
                    i.identityChecker(),
                    i.protectedCases(),
                    i.status(now).name(),
                    i.createdAt(),
                    i.expiresAt()))
        .toList();
  }

  @Override
  public void revokeInvitation(StructureId id, InvitationId invitationId) {
    AuthenticatedUser user = policy.structures().requireManageMembers(id);
    existing(id);
    Invitation invitation = invitation(invitationId);
    if (!id.equals(invitation.structure())) {
      throw new NotFoundException();
    }
    try {
      invitation.revoke(clock.now());
    } catch (IllegalStateException e) {
      throw new InvalidInputException("invitation", "no longer pending");
    }
    journal.record(
        user.journal()
            .in(id.value())
            .about("invitation", invitationId.toString())
            .success("member.invitation.revoke"));
  }

  @Override
  public List<MemberView> members(StructureId id) {
    policy.structures().requireManageMembers(id);
    existing(id);
    var sizes = people.caseloadSizes(id);
    return accounts.membersOf(id).stream()
        .map(a -> view(a, sizes.getOrDefault(a.id(), 0L)))
        .toList();
  }

  @Override
  public MemberView change(StructureId id, AccountId accountId, MemberChange change) {
    AuthenticatedUser user = policy.structures().requireManageMembers(id);
    existing(id);
    Account member = member(id, accountId);
    if (change == null) {
      throw new InvalidInputException("body", "required");
    }
    try {
      if (change.role() != null) {
        Role role;
        try {
          role = Role.valueOf(change.role().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException(
              "role", "one of STRUCTURE_ADMINISTRATOR, SOCIAL_WORKER, VOLUNTEER");
        }
        if (!policy.structures().canGiveRole(user, member, role)) {
          throw new InvalidInputException("role", "an administrator cannot demote themselves");
        }
        member.changeRole(role);
      }
      boolean identityChecker =
          change.identityChecker() == null ? member.identityChecker() : change.identityChecker();
      boolean protectedCases =
          change.protectedCases() == null ? member.protectedCases() : change.protectedCases();
      if (identityChecker && !member.identityChecker()
          || protectedCases && !member.protectedCases()) {
        requireNotBlocked(user, id, member);
      }
      member.setHabilitations(identityChecker, protectedCases);
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "role");
    }
    journal.record(
        user.journal()
            .in(id.value())
            .about("account", accountId.toString())
            .success(
                "member.update",
                "role "
                    + member.role()
                    + (member.identityChecker() ? ", identity checker" : "")
                    + (member.protectedCases() ? ", protected cases" : "")));
    return view(member);
  }

  @Override
  public MemberView deactivate(StructureId id, AccountId accountId, Deactivation deactivation) {
    AuthenticatedUser user = policy.structures().requireManageMembers(id);
    existing(id);
    Account member = member(id, accountId);
    if (member.id().equals(user.accountId())) {
      throw new InvalidInputException("accountId", "an administrator cannot deactivate themselves");
    }
    if (!member.isActive()) {
      throw new InvalidInputException("accountId", "already deactivated");
    }
    List<PersonId> orphans = people.onlyAssignedTo(member.id());
    Account successor = null;
    String handOver = deactivation == null ? null : deactivation.handOverTo();
    if (handOver != null && !handOver.isBlank()) {
      successor =
          accounts
              .find(parseAccount(handOver))
              .filter(Account::isActive)
              .filter(a -> a.structure().map(id::equals).orElse(false))
              .filter(a -> !a.id().equals(member.id()))
              .orElseThrow(
                  () -> new InvalidInputException("handOverTo", "not another active member"));
    }
    if (!orphans.isEmpty() && successor == null) {
      throw new InvalidInputException(
          "handOverTo", orphans.size() + " people would be left without a member");
    }
    Instant now = clock.now();
    for (PersonId person : orphans) {
      Person p = people.find(person).orElseThrow();
      if (!policy.persons().mayFollow(successor, p)) {
        throw new InvalidInputException("handOverTo", "volunteers never follow protected people");
      }
      // F5, S46: never handed to someone on her blocked list.
      if (matcher
          .refuse(
              person,
              matcher.identitiesOf(successor),
              user.journal().about(p),
              "person.assign",
              IdentityMatcher.Alert.FOLLOWERS_AND_ADMINISTRATORS)
          .isPresent()) {
        throw new InvalidInputException("handOverTo", "not a member who may follow one of them");
      }
      people.assign(person, successor.id(), user.accountId(), now);
      journal.record(
          user.journal()
              .in(id.value())
              .about("person", person.toString())
              .success("person.assign", "hand-over"));
    }
    // A deactivated member follows nobody: left as a follower, they would be listed on her file
    // and refused at the next save of her followers.
    for (PersonId person : people.assignedTo(member.id())) {
      people.unassign(person, member.id());
      journal.record(
          user.journal()
              .in(id.value())
              .about("person", person.toString())
              .success("person.unassign", "deactivation"));
    }
    member.deactivate(now);
    journal.record(
        user.journal()
            .in(id.value())
            .about("account", accountId.toString())
            .success("member.deactivate", orphans.size() + " handed over"));
    return view(member);
  }

  @Override
  public Acceptance check(String token) {
    if (token == null || token.isBlank()) {
      return Acceptance.INVALID;
    }
    return invitations
        .findByTokenHashForUpdate(SingleUseLink.hash(token))
        .map(i -> outcome(i.status(clock.now())))
        .orElse(Acceptance.INVALID);
  }

  @Override
  public Acceptance accept(
      String token, ExternalIdentity identity, String displayName, String verifiedEmail) {
    if (token == null || token.isBlank()) {
      return Acceptance.INVALID;
    }
    Instant now = clock.now();
    var found = invitations.findByTokenHashForUpdate(SingleUseLink.hash(token));
    JournalActor actor = new JournalActor(identity.issuer(), identity.subject(), displayName);
    if (found.isEmpty()) {
      journal.record(
          JournalRecord.by(actor).about("invitation", null).refused("member.join", "INVALID"));
      return Acceptance.INVALID;
    }
    Invitation invitation = found.get();
    // A prefecture agent's invitation names no structure but the departments to cover (A1).
    boolean agent = invitation.forPrefectureAgent();
    String action = agent ? "prefecture_agent.join" : "member.join";
    UUID structure = agent ? null : invitation.structure().value();
    Acceptance outcome = outcome(invitation.status(now));
    if (outcome != Acceptance.ACCEPTED || accounts.findByIdentity(identity).isPresent()) {
      journal.record(
          JournalRecord.by(actor)
              .in(structure)
              .about("invitation", invitation.id().toString())
              .refused(
                  action,
                  outcome == Acceptance.ACCEPTED ? "IDENTITY_HAS_ACCOUNT" : outcome.name()));
      return outcome == Acceptance.ACCEPTED ? Acceptance.INVALID : outcome;
    }
    if (!agent && onABlockedList(invitation, identity, verifiedEmail, actor, now)) {
      return Acceptance.INVALID;
    }
    String name = displayName == null || displayName.isBlank() ? identity.subject() : displayName;
    Account account =
        new Account(
            AccountId.random(),
            identity,
            name.length() > 200 ? name.substring(0, 200) : name,
            invitation.role(),
            invitation.structure(),
            now);
    if (agent) {
      account.coverDepartments(invitation.departments());
    } else {
      account.setHabilitations(invitation.identityChecker(), invitation.protectedCases());
    }
    accounts.add(account);
    invitation.accept(account.id(), now);
    journal.record(
        JournalRecord.by(actor)
            .in(structure)
            .about("invitation", invitation.id().toString())
            .success(
                action,
                "role "
                    + invitation.role()
                    + (agent
                        ? ", departments " + String.join(",", invitation.departments())
                        : "")));
    return Acceptance.ACCEPTED;
  }

  /**
   * F5, S46: whether the identity signing in with an invitation — its login, or the address its
   * provider vouched for, in any variant — is on the blocked list of someone the structure follows.
   * If so the invitation is withdrawn (it was given to the wrong person), the refusal journaled,
   * and each such person's followers and the structure's administrators alerted; the identity
   * itself is told only that the link is not valid.
   */
  private boolean onABlockedList(
      Invitation invitation,
      ExternalIdentity identity,
      String verifiedEmail,
      JournalActor actor,
      Instant now) {
    List<IdentityKey> presented = new java.util.ArrayList<>();
    matcher.login(identity.issuer(), identity.subject()).ifPresent(presented::add);
    matcher.email(verifiedEmail).ifPresent(presented::add);
    List<PersonId> blocking = matcher.blockingIn(invitation.structure(), presented);
    if (blocking.isEmpty()) {
      return false;
    }
    invitation.revoke(now);
    journal.record(
        JournalRecord.by(actor)
            .in(invitation.structure().value())
            .about("invitation", invitation.id().toString())
            .refused("member.join", "BLOCKED_IDENTITY"));
    for (PersonId person : blocking) {
      matcher.alert(person, IdentityMatcher.Alert.FOLLOWERS_AND_ADMINISTRATORS);
    }
    return true;
  }

  /**
   * F5, S46: a member whose identity is on the blocked list of someone the structure follows gets
   * no habilitation; the refusal is journaled and each such person's followers and the
   * administrators alerted.
   */
  private void requireNotBlocked(AuthenticatedUser user, StructureId structure, Account member) {
    List<PersonId> blocking = matcher.blockingIn(structure, matcher.identitiesOf(member));
    if (blocking.isEmpty()) {
      return;
    }
    journal.recordSeparately(
        user.journal()
            .in(structure.value())
            .about("account", member.id().toString())
            .refused("member.update", "BLOCKED_IDENTITY"));
    for (PersonId person : blocking) {
      matcher.alert(person, IdentityMatcher.Alert.FOLLOWERS_AND_ADMINISTRATORS);
    }
    throw new ConflictException(
        "habilitations", "this member may not hold a habilitation in this structure");
  }

  private static Acceptance outcome(SingleUseLink.Status status) {
    return switch (status) {
      case PENDING -> Acceptance.ACCEPTED;
      case ACCEPTED -> Acceptance.ALREADY_USED;
      case EXPIRED -> Acceptance.EXPIRED;
      case REVOKED -> Acceptance.REVOKED;
    };
  }

  /**
   * Once the policy let the caller in: the structure exists. Asked after the policy, never before,
   * so that a real structure of someone else and a random id take the same path (S40).
   */
  private StructureId existing(StructureId id) {
    if (structures.find(id).isEmpty()) {
      throw new NotFoundException();
    }
    return id;
  }

  private Invitation invitation(InvitationId invitationId) {
    return invitations.find(invitationId.value()).orElseThrow(NotFoundException::new);
  }

  /**
   * A member of this structure; anyone else answers as not found (no probing across structures).
   */
  private Account member(StructureId structure, AccountId accountId) {
    return accounts
        .find(accountId)
        .filter(a -> a.structure().map(structure::equals).orElse(false))
        .orElseThrow(NotFoundException::new);
  }

  private static AccountId parseAccount(String id) {
    try {
      return AccountId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("handOverTo", "not another active member");
    }
  }

  private MemberView view(Account a) {
    return view(
        a,
        a.structure().map(people::caseloadSizes).map(m -> m.getOrDefault(a.id(), 0L)).orElse(0L));
  }

  private static MemberView view(Account a, long caseloadSize) {
    return new MemberView(
        a.id().toString(),
        a.displayName(),
        a.role().name(),
        a.identityChecker(),
        a.protectedCases(),
        a.isActive(),
        a.deactivatedAt(),
        caseloadSize);
  }
}
