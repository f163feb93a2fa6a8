package fr.relais.domain.model.procedure;

/** Where a procedure stands (C1); the last three end it. */
public enum ProcedureStatus {
  PREPARING,
  FILED,
  DOCUMENTS_REQUESTED,
  UNDER_REVIEW,
  APPOINTMENT_SET,
  DECISION_FAVOURABLE,
  DECISION_UNFAVOURABLE,
  PERMIT_AVAILABLE,
  HANDED_OVER,
  CLOSED,
  CANCELLED,
  WITHDRAWN;

  /** Whether nothing more can be done on the procedure. */
  public boolean ended() {
    return this == CLOSED || this == CANCELLED || this == WITHDRAWN;
  }
}
