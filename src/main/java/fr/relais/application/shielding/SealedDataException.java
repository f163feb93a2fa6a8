package fr.relais.application.shielding;

import fr.relais.application.AccessDeniedException;

/**
 * Sealed data the current user may not decrypt (F2): they see « masqué », never the value, nor why
 * — the conditions are the access policy's. Already journaled when thrown.
 */
public class SealedDataException extends AccessDeniedException {
  private static final long serialVersionUID = 1L;

  public SealedDataException() {
    super("sealed");
  }
}
