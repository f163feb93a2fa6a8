package fr.relais.interfaces.faces;

import fr.relais.application.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Shows refusals from the application layer as page messages, in the user's language. */
final class Messages {
  private Messages() {}

  static String text(String key) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ctx.getApplication().getResourceBundle(ctx, "msg");
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  static void info(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), text(key)));
  }

  /** An information whose text has {0}-style parameters. */
  static void info(String key, Object... args) {
    String line = java.text.MessageFormat.format(text(key), args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, line, line));
  }

  static void error(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), text(key)));
  }

  /** One message per refused field: "<field label>: <reason>". */
  static void invalid(InvalidInputException e) {
    for (InvalidInputException.Violation v : e.violations()) {
      String label = text("field." + v.field());
      String line = label + " : " + v.reason();
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, line, line));
    }
  }
}
