package fr.relais.domain.model.mandate;

/** Where a mandate stands on a given day. Only AWAITING_EVIDENCE, ACTIVE and REVOKED are stored. */
public enum MandateStatus {
  /** Created, consent document generated; the signed scan is not attached yet. */
  AWAITING_EVIDENCE,
  /** Evidence attached, but the start date is still to come. */
  SCHEDULED,
  ACTIVE,
  /** Past its end date. */
  EXPIRED,
  REVOKED
}
