package fr.relais.interfaces.faces;

import fr.relais.infrastructure.oidc.LoginFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Turns the {@code reason} of a refused login into a message key. Only known reasons are used;
 * anything else shows the generic message, so the page never reflects what the URL says.
 */
@Named("authMessage")
@RequestScoped
public class AuthMessageBean {

  public String getKey() {
    String reason =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("reason");
    if (reason != null) {
      for (LoginFailure f : LoginFailure.values()) {
        if (f.name().equals(reason)) {
          return "auth.failure." + f.name();
        }
      }
    }
    return "auth.failure.generic";
  }
}
