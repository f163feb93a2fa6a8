package fr.relais.interfaces.faces;

import fr.relais.application.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Shows refusals from the application layer as page messages, in the user's language. */
public final class Messages {
  private Messages() {}

  public static String text(String key) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ctx.getApplication().getResourceBundle(ctx, "msg");
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  public static void info(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), text(key)));
  }

  /** An information whose text has {0}-style parameters. */
  public static void info(String key, Object... args) {
    String line = java.text.MessageFormat.format(text(key), args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, line, line));
  }

  public static void error(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), text(key)));
  }

  /** One message per refused field: "<field label>: <reason>". */
  public static void invalid(InvalidInputException e) {
    for (InvalidInputException.Violation v : e.violations()) {
      String label = text("field." + v.field());
      String line = label + " : " + v.reason();
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, line, line));
    }
  }

  /** A call to the application layer made on a user's action. */
  @FunctionalInterface
  public interface Action {
    void run();
  }

  /**
   * Runs the action; a refusal becomes page messages instead of an error page: one per refused
   * field, "refused" for what the user may not do or see (the same for both, S40), "conflict" when
   * the data changed meanwhile. Says whether the action went through.
   */
  public static boolean attempt(Action action) {
    return attempt("action.conflict", action);
  }

  /** As {@link #attempt(Action)}, with a message of its own for a conflict. */
  public static boolean attempt(String conflictKey, Action action) {
    try {
      action.run();
      return true;
    } catch (InvalidInputException e) {
      invalid(e);
    } catch (fr.relais.application.AccessDeniedException
        | fr.relais.application.NotFoundException e) {
      error("action.refused");
    } catch (fr.relais.application.ConflictException e) {
      error(conflictKey);
    }
    return false;
  }
}
