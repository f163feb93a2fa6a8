package fr.relais.interfaces.faces.structure;

import fr.relais.application.ConflictException;
import fr.relais.application.CurrentRequest;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotAuthenticatedException;
import fr.relais.application.access.Applicant;
import fr.relais.application.structure.AccreditationService;
import fr.relais.infrastructure.oidc.OidcProviderConfig;
import fr.relais.infrastructure.oidc.OidcProviders;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The page through which a structure requests accreditation by itself (A1), reachable without an
 * account. A visitor first signs in with their own identity (the login carries the intent, kept in
 * the session as a short string); an identity without account then sees the form; the request
 * creates the structure and makes the applicant its administrator, then the session becomes an
 * ordinary signed-in one and shows where the request stands. Nothing is decided here: the
 * application layer checks who may file a request.
 */
@Named("accreditationRequest")
@ViewScoped
public class AccreditationRequestBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Session attribute marking a login started to request accreditation. */
  public static final String SESSION_INTENT = "relais.intent";

  /** Its only value, also the {@code intent} parameter of {@code /auth/login}. */
  public static final String INTENT = "accreditation-request";

  /** Where the login of an applicant lands. */
  public static final String PAGE = "/accreditation-request.xhtml";

  @Inject AccreditationService accreditation;
  @Inject CurrentRequest current;
  @Inject OidcProviders providers;

  private final StructureForm form = new StructureForm(null);

  /** What the page shows: {@code SIGN_IN}, {@code APPLY} (the form) or {@code HAS_ACCOUNT}. */
  public String getState() {
    if (current.user().isPresent()) {
      return "HAS_ACCOUNT";
    }
    return current.applicant().isPresent() ? "APPLY" : "SIGN_IN";
  }

  /** The applicant's name as their provider gave it. */
  public String getApplicantName() {
    return current.applicant().map(Applicant::displayName).orElse("");
  }

  public List<OidcProviderConfig> getProviders() {
    return List.copyOf(providers.all());
  }

  /** The login link of a provider, marked as meant to request accreditation. */
  public String loginUrl(String providerId) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/auth/login?provider="
        + URLEncoder.encode(providerId, StandardCharsets.UTF_8)
        + "&intent="
        + INTENT;
  }

  public List<String> getTypes() {
    return StructureForm.TYPES;
  }

  /** The request's fields. */
  public StructureForm getForm() {
    return form;
  }

  public void submit() throws IOException {
    try {
      AccreditationService.StructureView view =
          accreditation.requestAccreditation(form.toRegistration());
      // The next request finds the applicant's new account and signs the session in.
      ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
      ext.getFlash().setKeepMessages(true);
      Messages.info("accreditationRequest.filed");
      ext.redirect(ext.getRequestContextPath() + "/app/structure.xhtml?id=" + view.id());
    } catch (InvalidInputException e) {
      Messages.invalid(e);
    } catch (ConflictException e) {
      Messages.error("accreditationRequest.hasAccount");
    } catch (NotAuthenticatedException e) {
      Messages.error("accreditationRequest.signInFirst");
    }
  }
}
