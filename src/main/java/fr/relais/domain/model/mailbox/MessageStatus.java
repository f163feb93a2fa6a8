package fr.relais.domain.model.mailbox;

/** What became of a message that came in. */
public enum MessageStatus {
  /** In the record of the person its address designates. */
  FILED,
  /** Waiting for the structure's administrator, who files it into a record or discards it. */
  TRIAGE,
  /** Nobody could be told: the operator sees only counts and dates (S13). */
  QUARANTINE,
  /** Discarded from triage by an administrator; kept, never shown again. */
  DISCARDED
}
