package fr.relais.interfaces.faces;

import fr.relais.infrastructure.oidc.OidcProviderConfig;
import fr.relais.infrastructure.oidc.OidcProviders;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.List;

/**
 * The page a single-use link opens (a member's or agent's invitation, a person's access link): it
 * keeps the token in the browser session (a short string) and asks the holder to sign in; the
 * sign-in then redeems it. Subclasses say where the token is kept and where the link stands.
 */
public abstract class LinkLandingBean {

  @Inject OidcProviders providers;

  private String token;
  private String state;

  /** The session attribute that holds the token until the sign-in completes. */
  protected abstract String sessionAttribute();

  /** Where the link stands, as the name of the outcome its redemption would have now. */
  protected abstract String check(String token);

  /** The outcome name meaning "still to be redeemed". */
  protected abstract String pendingState();

  /** The prefix of the message keys describing each state. */
  protected abstract String messagePrefix();

  public void load() {
    state = check(token);
    if (token != null && !token.isBlank() && token.length() <= 100) {
      // Kept whatever its state, so that signing in explains precisely why it was refused.
      HttpSession session =
          (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
      session.setAttribute(sessionAttribute(), token);
    }
  }

  public boolean isPending() {
    return pendingState().equals(state);
  }

  public String getMessageKey() {
    return messagePrefix() + (state == null ? "INVALID" : state);
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
