package fr.relais.application.structure.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.structure.MemberService;
import fr.relais.application.structure.PrefectureAgentService;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.Invitation;
import fr.relais.domain.model.access.InvitationId;
import fr.relais.domain.model.access.InvitationRepository;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Prefecture agents' accounts; every change journaled with the operator as actor. */
@ApplicationScoped
@Transactional
public class DefaultPrefectureAgentService implements PrefectureAgentService {

  @Inject AccessPolicy policy;
  @Inject AccountRepository accounts;
  @Inject InvitationRepository invitations;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Inject
  @ConfigProperty(name = "relais.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Override
  public MemberService.InvitationIssued invite(AgentInvitationRequest request) {
    AuthenticatedUser operator = policy.structures().requireManageAgents();
    Invitation.Issued issued;
    try {
      issued =
          Invitation.issueForPrefectureAgent(
              request == null || request.departments() == null
                  ? List.of()
                  : new ArrayList<>(request.departments()),
              operator.accountId(),
              clock.now());
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "departments");
    }
    invitations.add(issued.invitation());
    journal.record(
        operator
            .journal()
            .about("invitation", issued.invitation().id().toString())
            .success(
                "prefecture_agent.invite",
                "departments " + String.join(",", issued.invitation().departments())));
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return new MemberService.InvitationIssued(
        issued.invitation().id().toString(),
        Role.PREFECTURE_AGENT.name(),
        issued.invitation().expiresAt(),
        base + "/invitation.xhtml?token=" + issued.token());
  }

  @Override
  public List<AgentInvitationView> invitations() {
    policy.structures().requireManageAgents();
    Instant now = clock.now();
    return invitations.forPrefectureAgents().stream()
        .map(
            i ->
                new AgentInvitationView(
                    i.id().toString(),
                    i.departments(),
                    i.status(now).name(),
                    i.createdAt(),
                    i.expiresAt()))
        .toList();
  }

  @Override
  public void revokeInvitation(InvitationId invitationId) {
    AuthenticatedUser operator = policy.structures().requireManageAgents();
    Invitation invitation =
        invitations
            .find(invitationId.value())
            .filter(Invitation::forPrefectureAgent)
            .orElseThrow(NotFoundException::new);
    try {
      invitation.revoke(clock.now());
    } catch (IllegalStateException e) {
      throw new InvalidInputException("invitation", "no longer pending");
    }
    journal.record(
        operator
            .journal()
            .about("invitation", invitationId.toString())
            .success("prefecture_agent.invitation.revoke"));
  }

  @Override
  public List<AgentView> agents() {
    policy.structures().requireManageAgents();
    return accounts.withRole(Role.PREFECTURE_AGENT).stream().map(this::view).toList();
  }

  @Override
  public AgentView changeDepartments(AccountId accountId, DepartmentsChange change) {
    AuthenticatedUser operator = policy.structures().requireManageAgents();
    Account agent = agent(accountId);
    if (!agent.isActive()) {
      throw new InvalidInputException("accountId", "deactivated");
    }
    try {
      agent.coverDepartments(
          change == null || change.departments() == null
              ? List.of()
              : new ArrayList<>(change.departments()));
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "departments");
    }
    journal.record(
        operator
            .journal()
            .about("account", accountId.toString())
            .success(
                "prefecture_agent.departments.update",
                "departments " + String.join(",", agent.departments())));
    return view(agent);
  }

  @Override
  public AgentView deactivate(AccountId accountId) {
    AuthenticatedUser operator = policy.structures().requireManageAgents();
    Account agent = agent(accountId);
    try {
      agent.deactivate(clock.now());
    } catch (IllegalStateException e) {
      throw new InvalidInputException("accountId", "already deactivated");
    }
    journal.record(
        operator
            .journal()
            .about("account", accountId.toString())
            .success("prefecture_agent.deactivate"));
    return view(agent);
  }

  /** A prefecture agent's account; any other id answers as not found. */
  private Account agent(AccountId accountId) {
    return accounts
        .find(accountId)
        .filter(Account::isPrefectureAgent)
        .orElseThrow(NotFoundException::new);
  }

  private AgentView view(Account a) {
    return new AgentView(
        a.id().toString(),
        a.displayName(),
        a.departments(),
        a.isActive(),
        a.createdAt(),
        a.deactivatedAt());
  }
}
