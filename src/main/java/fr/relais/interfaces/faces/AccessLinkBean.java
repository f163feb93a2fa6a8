package fr.relais.interfaces.faces;

import fr.relais.application.PersonAccessService;
import fr.relais.infrastructure.oidc.OidcProviderConfig;
import fr.relais.infrastructure.oidc.OidcProviders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;

/**
 * The page an accompanied person's access link opens: it keeps the token in the browser session (a
 * short string) and asks the person to sign in; the sign-in then opens their access.
 */
@Named("accessLink")
@RequestScoped
public class AccessLinkBean {

  /** Session attribute holding the token until the sign-in completes. */
  public static final String SESSION_TOKEN = "relais.access";

  @Inject PersonAccessService access;
  @Inject OidcProviders providers;

  private String token;
  private PersonAccessService.Redemption state;

  public void load() {
    state = access.check(token);
    if (token != null && !token.isBlank() && token.length() <= 100) {
      // Kept whatever its state, so that signing in explains precisely why it was refused.
      HttpSession session =
          (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
      session.setAttribute(SESSION_TOKEN, token);
    }
  }

  public boolean isPending() {
    return state == PersonAccessService.Redemption.ACCEPTED;
  }

  public String getMessageKey() {
    return "access.link." + (state == null ? "INVALID" : state.name());
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
