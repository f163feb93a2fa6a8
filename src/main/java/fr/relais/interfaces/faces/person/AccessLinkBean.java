package fr.relais.interfaces.faces.person;

import fr.relais.application.person.PersonAccessService;
import fr.relais.interfaces.faces.LinkLandingBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The page an accompanied person's access link opens; signing in then opens the person's own
 * access, bound to that identity only (S7).
 */
@Named("accessLink")
@RequestScoped
public class AccessLinkBean extends LinkLandingBean {

  /** Session attribute holding the token until the sign-in completes. */
  public static final String SESSION_TOKEN = "relais.access";

  @Inject PersonAccessService access;

  @Override
  protected String sessionAttribute() {
    return SESSION_TOKEN;
  }

  @Override
  protected String check(String token) {
    return access.check(token).name();
  }

  @Override
  protected String pendingState() {
    return PersonAccessService.Redemption.ACCEPTED.name();
  }

  @Override
  protected String messagePrefix() {
    return "access.link.";
  }
}
