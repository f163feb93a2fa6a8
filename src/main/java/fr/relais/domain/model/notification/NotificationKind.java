package fr.relais.domain.model.notification;

/** What a member can be told of; each with the mode it has until the member chooses. */
public enum NotificationKind {
  /** A message filed in the record of a person the member follows. */
  NEW_MESSAGE(NotificationMode.EACH),
  /** A message the rules found urgent, in such a record. */
  URGENT_MESSAGE(NotificationMode.EACH),
  /** A message waiting in the structure's triage (administrators). */
  TRIAGE(NotificationMode.DIGEST),
  /** A mandate of a person the member follows ends within 30 days. */
  MANDATE_ENDING(NotificationMode.EACH),
  /** A minor in care the member follows comes of age within 60 days. */
  ASE_MAJORITY(NotificationMode.EACH),
  /** A person revoked a mandate, or one of its procedures, from their own access. */
  MANDATE_REVOKED_BY_PERSON(NotificationMode.EACH),
  /** The protection order of a person the member follows ends within 30 days (F1). */
  PROTECTION_ORDER_ENDING(NotificationMode.EACH),
  /** A protected person the member follows consented, from her own access, to lifting it. */
  PROTECTION_LIFTING_CONSENT(NotificationMode.EACH),
  /** The protection of a person the member follows was lifted. */
  PROTECTION_LIFTED(NotificationMode.EACH),
  /** Someone on a protected person's blocked list tried to reach her file (F5). */
  BLOCKED_PERSON_ATTEMPT(NotificationMode.EACH),
  /**
   * A member who does not see her file recorded someone who may be the same person as one the
   * member follows (E4: the recorder was told nothing).
   */
  POSSIBLE_DUPLICATE(NotificationMode.EACH),
  /** The contact address of a person the member follows, or of the structure, was changed. */
  EMAIL_CHANGED(NotificationMode.EACH),
  /** Someone used the freeze link of an old address's notice: her access is locked (F6). */
  EMAIL_CHANGE_DISPUTED(NotificationMode.EACH),
  /** A takeover claim awaits a decision (prefecture agents of the department). */
  TAKEOVER_FILED(NotificationMode.EACH),
  /** A takeover claim waited more than a working day (prefecture agents of the department). */
  TAKEOVER_ESCALATED(NotificationMode.EACH),
  /** A takeover claim for a person the member follows was decided. */
  TAKEOVER_DECIDED(NotificationMode.EACH),
  /** The renewal window of a permit of a person the member follows opens, closes, has passed. */
  RENEWAL_WINDOW(NotificationMode.EACH),
  /** A request for documents is due soon, or overdue (C5). */
  DOCUMENTS_DUE(NotificationMode.EACH),
  /** An attestation (ADP) lapses soon, or has lapsed (C6). */
  ATTESTATION_LAPSING(NotificationMode.EACH),
  /** A structure of the agent's departments recorded a blockage of the online service (C7). */
  BLOCKAGE_RECORDED(NotificationMode.EACH),
  /** The prefecture answered a blockage on a file the member follows. */
  BLOCKAGE_ANSWERED(NotificationMode.EACH),
  /** A signed checkpoint of the journal, to the operator's address (not a member's choice). */
  JOURNAL_CHECKPOINT(NotificationMode.EACH),
  /** To a person's new address: the link that confirms it (not a member's choice). */
  ADDRESS_CONFIRMATION(NotificationMode.EACH),
  /** To a person's old address: it was replaced, with a link to freeze her access. */
  ADDRESS_REPLACED(NotificationMode.EACH),
  /** To a person's new address, once confirmed. */
  ADDRESS_CONFIRMED(NotificationMode.EACH);

  private final NotificationMode defaultMode;

  NotificationKind(NotificationMode defaultMode) {
    this.defaultMode = defaultMode;
  }

  public NotificationMode defaultMode() {
    return defaultMode;
  }

  /** Whether members choose how they hear of it. */
  public boolean memberChoice() {
    return this != JOURNAL_CHECKPOINT
        && this != ADDRESS_CONFIRMATION
        && this != ADDRESS_REPLACED
        && this != ADDRESS_CONFIRMED;
  }
}
