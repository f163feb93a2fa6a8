package fr.relais.domain.model.structure;

/** Where a structure stands with the prefecture. EXPIRED is never stored: it is read from dates. */
public enum AccreditationStatus {
  REQUESTED,
  ACCREDITED,
  REFUSED,
  SUSPENDED,
  REVOKED,
  /** Accredited, but the validity period has ended. */
  EXPIRED
}
