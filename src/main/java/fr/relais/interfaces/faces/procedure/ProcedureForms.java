package fr.relais.interfaces.faces.procedure;

import fr.relais.application.InvalidInputException;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What the procedures page's forms share: running one action, reading a date, a blank field. */
final class ProcedureForms {

  private ProcedureForms() {}

  /**
   * Runs one action; a missing mandate is said as such (B2), other refusals as usual. Done: back to
   * her procedures page, the message kept; refused: {@code refused} runs and the page stays.
   */
  static String run(Runnable call, String done, PersonId person, Runnable refused) {
    boolean ok;
    try {
      ok =
          Messages.attempt(
              () -> {
                try {
                  call.run();
                } catch (fr.relais.application.mandate.MandateRequiredException e) {
                  throw new NoMandate();
                }
                Messages.info(done);
              });
    } catch (NoMandate e) {
      Messages.error("procedures.noMandate");
      ok = false;
    }
    if (!ok) {
      refused.run();
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/app/procedures?faces-redirect=true&person=" + person;
  }

  /** A refusal for want of a mandate covering the type. */
  private static final class NoMandate extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      Messages.invalid(new InvalidInputException(field, "not a date"));
      return null;
    }
  }

  static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
