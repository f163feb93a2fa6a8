package fr.relais.interfaces.faces.structure;

import fr.relais.application.structure.MemberService;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.InvitationId;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.interfaces.faces.Messages;
import fr.relais.interfaces.faces.ShellBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's members page: members with their role and habilitations, changes and
 * deactivation with hand-over; invitations, the one-time link of a new one, and their revocation.
 */
@Named("members")
@ViewScoped
public class MembersBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberService memberService;
  @Inject ShellBean shell;

  private StructureId structureId;
  private transient List<MemberService.MemberView> rows;
  private transient List<MemberService.InvitationView> invitations;

  // Per member: the edit and deactivation forms
  private final Map<String, String> roles = new HashMap<>();
  private final Map<String, Boolean> identityCheckers = new HashMap<>();
  private final Map<String, Boolean> protectedCases = new HashMap<>();
  private final Map<String, String> handOver = new HashMap<>();

  // New invitation
  private String inviteRole = "SOCIAL_WORKER";
  private boolean inviteIdentityChecker;
  private boolean inviteProtectedCases;
  private transient MemberService.InvitationIssued issued;

  /** Loads the members of the administrator's structure; anyone else gets the error page. */
  public void load() {
    structureId = shell.requireStructure();
    rows = memberService.members(structureId);
    invitations = memberService.invitations(structureId);
    resetForms();
  }

  private void resetForms() {
    roles.clear();
    identityCheckers.clear();
    protectedCases.clear();
    for (MemberService.MemberView m : getRows()) {
      roles.put(m.accountId(), m.role());
      identityCheckers.put(m.accountId(), m.identityChecker());
      protectedCases.put(m.accountId(), m.protectedCases());
    }
  }

  public List<MemberService.MemberView> getRows() {
    if (rows == null && structureId != null) {
      rows = memberService.members(structureId);
    }
    return rows;
  }

  /** Invitations still waiting for their invitee. */
  public List<MemberService.InvitationView> getPendingInvitations() {
    if (invitations == null && structureId != null) {
      invitations = memberService.invitations(structureId);
    }
    return invitations.stream().filter(i -> "PENDING".equals(i.status())).toList();
  }

  /** The active members who may take over another member's people. */
  public List<MemberService.MemberView> others(String accountId) {
    return getRows().stream()
        .filter(MemberService.MemberView::active)
        .filter(m -> !m.accountId().equals(accountId))
        .toList();
  }

  public boolean isSelf(String accountId) {
    return shell.getProfile() != null && accountId.equals(shell.getProfile().accountId());
  }

  public List<String> getRoleChoices() {
    return List.of("STRUCTURE_ADMINISTRATOR", "SOCIAL_WORKER", "VOLUNTEER");
  }

  public void change(String accountId) {
    Messages.attempt(
        () -> {
          MemberService.MemberView m =
              memberService.change(
                  structureId,
                  AccountId.parse(accountId),
                  new MemberService.MemberChange(
                      roles.get(accountId),
                      identityCheckers.get(accountId),
                      protectedCases.get(accountId)));
          rows = null;
          resetForms();
          Messages.info("members.changed", m.displayName());
        });
  }

  public void deactivate(String accountId) {
    Messages.attempt(
        () -> {
          MemberService.MemberView m =
              memberService.deactivate(
                  structureId,
                  AccountId.parse(accountId),
                  new MemberService.Deactivation(handOver.get(accountId)));
          rows = null;
          handOver.clear();
          resetForms();
          Messages.info("members.deactivated", m.displayName());
        });
  }

  public void invite() {
    Messages.attempt(
        () -> {
          issued =
              memberService.invite(
                  structureId,
                  new MemberService.InvitationRequest(
                      inviteRole, inviteIdentityChecker, inviteProtectedCases));
          invitations = null;
          inviteIdentityChecker = inviteProtectedCases = false;
          Messages.info("members.invited");
        });
  }

  public void revokeInvitation(String invitationId) {
    Messages.attempt(
        () -> {
          memberService.revokeInvitation(structureId, InvitationId.parse(invitationId));
          invitations = null;
          Messages.info("members.invitationRevoked");
        });
  }

  public MemberService.InvitationIssued getIssued() {
    return issued;
  }

  public Map<String, String> getRoles() {
    return roles;
  }

  public Map<String, Boolean> getIdentityCheckers() {
    return identityCheckers;
  }

  public Map<String, Boolean> getProtectedCases() {
    return protectedCases;
  }

  public Map<String, String> getHandOver() {
    return handOver;
  }

  public String getInviteRole() {
    return inviteRole;
  }

  public void setInviteRole(String inviteRole) {
    this.inviteRole = inviteRole;
  }

  public boolean isInviteIdentityChecker() {
    return inviteIdentityChecker;
  }

  public void setInviteIdentityChecker(boolean inviteIdentityChecker) {
    this.inviteIdentityChecker = inviteIdentityChecker;
  }

  public boolean isInviteProtectedCases() {
    return inviteProtectedCases;
  }

  public void setInviteProtectedCases(boolean inviteProtectedCases) {
    this.inviteProtectedCases = inviteProtectedCases;
  }
}
