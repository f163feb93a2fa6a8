package fr.relais.domain.model.mailbox;

/** What a message from the administration is, as the urgency rules recognise it. */
public enum MessageKind {
  DECISION_UNFAVOURABLE,
  APPOINTMENT,
  DOCUMENTS_REQUESTED,
  PERMIT_AVAILABLE,
  DECISION_FAVOURABLE,
  ATTESTATION,
  FILING_RECEIPT,
  DEADLINE,
  OTHER
}
