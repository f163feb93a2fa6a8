package fr.relais.application.mandate;

import fr.relais.application.AccessDeniedException;

/**
 * No mandate of hers active today covers this procedure type (B2): the action is refused, and the
 * member is told what is missing — the procedure code, never anything of her file.
 */
public class MandateRequiredException extends AccessDeniedException {
  private static final long serialVersionUID = 1L;

  private final String procedureCode;

  public MandateRequiredException(String procedureCode) {
    super("no active mandate of hers covers " + procedureCode);
    this.procedureCode = procedureCode;
  }

  public String procedureCode() {
    return procedureCode;
  }
}
