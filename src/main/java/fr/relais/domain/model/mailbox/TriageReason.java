package fr.relais.domain.model.mailbox;

/** Why a message was not filed in a record. */
public enum TriageReason {
  /** A token this deployment never issued. */
  UNKNOWN_TOKEN,
  /** A token that was rotated: the address leaked or was given where it should not have been. */
  RETIRED_TOKEN,
  /** A token of one structure under another structure's local part. */
  WRONG_STRUCTURE,
  /** Sent to the structure's institutional address, to no one in particular. */
  STRUCTURE_ADDRESS,
  /** An address of our domain that designates nothing. */
  UNKNOWN_ADDRESS,
  /** No recipient of our domain at all. */
  NO_RECIPIENT,
  /** Not readable as a message. */
  MALFORMED,
  /** From someone on the protected person's blocked list: held for review, not filed (F5). */
  BLOCKED_SENDER
}
