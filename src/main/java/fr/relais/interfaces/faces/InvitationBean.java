package fr.relais.interfaces.faces;

import fr.relais.application.MemberService;
import fr.relais.infrastructure.oidc.OidcProviderConfig;
import fr.relais.infrastructure.oidc.OidcProviders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;

/**
 * The page an invitation link opens: it keeps the token in the browser session (a short string) and
 * asks the invitee to sign in; the sign-in then creates their account (A3).
 */
@Named("invitation")
@RequestScoped
public class InvitationBean {

  /** Session attribute holding the token until the sign-in completes. */
  public static final String SESSION_TOKEN = "relais.invitation";

  @Inject MemberService members;
  @Inject OidcProviders providers;

  private String token;
  private MemberService.Acceptance state;

  public void load() {
    state = members.check(token);
    if (token != null && !token.isBlank() && token.length() <= 100) {
      // Kept whatever its state, so that signing in explains precisely why it was refused.
      HttpSession session =
          (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
      session.setAttribute(SESSION_TOKEN, token);
    }
  }

  public boolean isPending() {
    return state == MemberService.Acceptance.ACCEPTED;
  }

  public String getMessageKey() {
    return "invitation." + (state == null ? "INVALID" : state.name());
  }

  public List<OidcProviderConfig> getProviders() {
    return List.copyOf(providers.all());
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
