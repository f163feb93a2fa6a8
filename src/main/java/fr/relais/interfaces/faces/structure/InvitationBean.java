package fr.relais.interfaces.faces.structure;

import fr.relais.application.structure.MemberService;
import fr.relais.interfaces.faces.LinkLandingBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The page an invitation link opens (A3); signing in then creates the invitee's account, bound to
 * that identity only.
 */
@Named("invitation")
@RequestScoped
public class InvitationBean extends LinkLandingBean {

  /** Session attribute holding the token until the sign-in completes. */
  public static final String SESSION_TOKEN = "relais.invitation";

  @Inject MemberService members;

  @Override
  protected String sessionAttribute() {
    return SESSION_TOKEN;
  }

  @Override
  protected String check(String token) {
    return members.check(token).name();
  }

  @Override
  protected String pendingState() {
    return MemberService.Acceptance.ACCEPTED.name();
  }

  @Override
  protected String messagePrefix() {
    return "invitation.";
  }
}
