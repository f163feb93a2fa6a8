package fr.relais.domain.model.person;

/** Why a structure stops following a person (S61: closing starts the retention period). */
public enum ClosureReason {
  /** The support came to its end: her situation no longer needs the structure. */
  SUPPORT_ENDED,
  /** Another structure follows her now. */
  TRANSFERRED,
  /** She asked the structure to stop. */
  AT_HER_REQUEST,
  /** No contact for a long time. */
  NO_CONTACT,
  /** She died. */
  DECEASED,
  OTHER
}
