package fr.relais.domain.model.mandate;

/** On what ground a structure acts for a person. */
public enum LegalBasis {
  /** The person's own signed consent. */
  CONSENT,
  /** Guardianship of a minor entrusted to child welfare, with the decision reference (B3). */
  ASE_GUARDIANSHIP,
  /** Another ground, described in words. */
  OTHER
}
