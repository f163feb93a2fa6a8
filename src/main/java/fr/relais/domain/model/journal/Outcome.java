package fr.relais.domain.model.journal;

/** How a journaled action ended. */
public enum Outcome {
  SUCCESS,
  /** Refused by an authorization or validation rule. */
  REFUSED,
  /** Attempted and failed (for example an invalid login response). */
  FAILED
}
