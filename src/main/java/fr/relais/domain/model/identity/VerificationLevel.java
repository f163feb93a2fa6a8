package fr.relais.domain.model.identity;

/** How far a person's identity is established, weakest first (D1). */
public enum VerificationLevel {
  /** Typed in by a worker: what the person, or someone else, said. */
  DECLARED,
  /**
   * An identity document checked in person, by a member holding the identity-checker habilitation.
   */
  DOCUMENT_CHECKED,
  /** Verified through an identity provider at eIDAS level substantial or high. */
  EIDAS_SUBSTANTIAL;

  public boolean atLeast(VerificationLevel other) {
    return compareTo(other) >= 0;
  }
}
