package fr.relais.domain.model.mailbox;

/** What a message from the administration is, as the urgency rules recognise it. */
public enum MessageKind {
  /** A refusal, a rejection, an inadmissibility, an order to leave the territory (OQTF). */
  DECISION_UNFAVOURABLE,
  /** Her request closed or dismissed without a decision on the merits (clôture, sans suite). */
  CLOSURE,
  APPOINTMENT,
  DOCUMENTS_REQUESTED,
  PERMIT_AVAILABLE,
  DECISION_FAVOURABLE,
  ATTESTATION,
  FILING_RECEIPT,
  DEADLINE,
  OTHER;

  /**
   * A decision against the person: a refusal, an order to leave, a closure of her request. The time
   * to appeal, or to file again, runs from the day it arrives: the most urgent mail she can get.
   */
  public boolean againstThePerson() {
    return this == DECISION_UNFAVOURABLE || this == CLOSURE;
  }
}
