package fr.relais.interfaces.faces;

import fr.relais.application.InvalidInputException;
import fr.relais.application.access.ProfileService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The language preference form on the home page. */
@Named("preferences")
@RequestScoped
public class PreferencesBean {

  @Inject ProfileService profiles;
  @Inject ShellBean shell;

  private String locale;

  public String getLocale() {
    if (locale == null) {
      locale = shell.getLanguage();
    }
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String save() {
    try {
      profiles.changeLocale(locale);
      return "/app/home.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      FacesContext ctx = FacesContext.getCurrentInstance();
      String text =
          ctx.getApplication().getResourceBundle(ctx, "msg").getString("preferences.invalid");
      ctx.addMessage(
          "preferences:locale", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      return null;
    }
  }
}
