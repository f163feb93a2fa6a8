package fr.relais.interfaces.faces.structure;

import fr.relais.application.structure.MemberService;
import fr.relais.application.structure.PrefectureAgentService;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.InvitationId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's prefecture agents page (A1): agents with the departments they cover, a change of
 * departments, deactivation; invitations for new agents, the one-time link of a new one, and their
 * revocation.
 */
@Named("prefectureAgents")
@ViewScoped
public class PrefectureAgentsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PrefectureAgentService service;

  private transient List<PrefectureAgentService.AgentView> rows;
  private transient List<PrefectureAgentService.AgentInvitationView> invitations;
  private final Map<String, String> departments = new HashMap<>();
  private String inviteDepartments;
  private transient MemberService.InvitationIssued issued;

  /** Loads the agents; anyone but the operator gets the error page. */
  public void load() {
    rows = service.agents();
    invitations = service.invitations();
    resetForms();
  }

  private void resetForms() {
    departments.clear();
    for (PrefectureAgentService.AgentView a : getRows()) {
      departments.put(a.accountId(), String.join(", ", a.departments()));
    }
  }

  public List<PrefectureAgentService.AgentView> getRows() {
    if (rows == null) {
      rows = service.agents();
    }
    return rows;
  }

  /** Invitations still waiting for their invitee. */
  public List<PrefectureAgentService.AgentInvitationView> getPendingInvitations() {
    if (invitations == null) {
      invitations = service.invitations();
    }
    return invitations.stream().filter(i -> "PENDING".equals(i.status())).toList();
  }

  static List<String> codes(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  public void change(String accountId) {
    Messages.attempt(
        () -> {
          PrefectureAgentService.AgentView a =
              service.changeDepartments(
                  AccountId.parse(accountId),
                  new PrefectureAgentService.DepartmentsChange(codes(departments.get(accountId))));
          rows = null;
          resetForms();
          Messages.info("agents.changed", a.displayName());
        });
  }

  public void deactivate(String accountId) {
    Messages.attempt(
        () -> {
          PrefectureAgentService.AgentView a = service.deactivate(AccountId.parse(accountId));
          rows = null;
          resetForms();
          Messages.info("agents.deactivated", a.displayName());
        });
  }

  public void invite() {
    Messages.attempt(
        () -> {
          issued =
              service.invite(
                  new PrefectureAgentService.AgentInvitationRequest(codes(inviteDepartments)));
          invitations = null;
          inviteDepartments = null;
          Messages.info("agents.invited");
        });
  }

  public void revokeInvitation(String invitationId) {
    Messages.attempt(
        () -> {
          service.revokeInvitation(InvitationId.parse(invitationId));
          invitations = null;
          Messages.info("agents.invitationRevoked");
        });
  }

  public MemberService.InvitationIssued getIssued() {
    return issued;
  }

  public Map<String, String> getDepartments() {
    return departments;
  }

  public String getInviteDepartments() {
    return inviteDepartments;
  }

  public void setInviteDepartments(String inviteDepartments) {
    this.inviteDepartments = inviteDepartments;
  }
}
