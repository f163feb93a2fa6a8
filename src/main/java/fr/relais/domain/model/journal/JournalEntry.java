package fr.relais.domain.model.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the journal. Immutable: no setter, every column non-updatable, and JPA callbacks
 * refuse any update or removal, so the application has no code path that changes an entry.
 *
 * <p>An entry is written in the transaction of the action it records, with a sequence number drawn
 * from a database sequence (no lock is held until commit) and its own MAC ({@link
 * JournalChain#macOf}). The sealer later links it into the chain with a {@link JournalSeal}.
 * Sequence numbers are increasing but not gap-free: a rolled-back transaction leaves a hole.
 */
@Entity
@Table(name = "journal_entry")
@NamedQuery(
    name = "JournalEntry.pageAfter",
    query = "select e from JournalEntry e where e.seq > :after order by e.seq")
@NamedQuery(
    name = "JournalEntry.bySeqs",
    query = "select e from JournalEntry e where e.seq in :seqs order by e.seq")
public class JournalEntry {

  @Id
  @Column(name = "seq", updatable = false)
  private long seq;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor_issuer", length = 500, updatable = false)
  private String actorIssuer;

  @Column(name = "actor_subject", length = 255, updatable = false)
  private String actorSubject;

  @Column(name = "actor_name", length = 200, updatable = false)
  private String actorName;

  @Column(name = "structure_id", updatable = false)
  private UUID structureId;

  @Column(name = "action", nullable = false, length = 80, updatable = false)
  private String action;

  @Column(name = "target_type", length = 60, updatable = false)
  private String targetType;

  @Column(name = "target_id", length = 100, updatable = false)
  private String targetId;

  @Column(name = "mandate_id", updatable = false)
  private UUID mandateId;

  @Column(name = "request_id", length = 64, updatable = false)
  private String requestId;

  @Column(name = "client_address", length = 64, updatable = false)
  private String clientAddress;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20, updatable = false)
  private Outcome outcome;

  @Column(name = "detail", length = 500, updatable = false)
  private String detail;

  @Column(name = "mac", length = 64, updatable = false)
  private String mac;

  // S61: set only by an anonymisation (JournalChain#redact), in place, never through JPA.
  @Column(name = "redacted_fields", length = 200, insertable = false, updatable = false)
  private String redactedFields;

  @Column(name = "redaction_mac", length = 64, insertable = false, updatable = false)
  private String redactionMac;

  @Column(name = "redacted_at", insertable = false, updatable = false)
  private Instant redactedAt;

  protected JournalEntry() {}

  JournalEntry(long seq, Instant occurredAt, JournalRecord r, String requestId, String client) {
    this.seq = seq;
    this.occurredAt = occurredAt;
    this.actorIssuer = r.actor().issuer();
    this.actorSubject = r.actor().subject();
    this.actorName = r.actor().displayName();
    this.structureId = r.structureId();
    this.action = r.action();
    this.targetType = r.targetType();
    this.targetId = r.targetId();
    this.mandateId = r.mandateId();
    this.requestId = requestId;
    this.clientAddress = client;
    this.outcome = r.outcome();
    this.detail = r.detail();
  }

  /** Used by the chain only, once, before the entry is persisted. */
  void sign(String mac) {
    if (this.mac != null) {
      throw new IllegalStateException("journal entries are signed once");
    }
    this.mac = mac;
  }

  /** Rebuilds an entry read by something other than JPA (the command-line verifier). */
  public static JournalEntry restore(
      long seq, Instant occurredAt, JournalRecord r, String requestId, String client, String mac) {
    JournalEntry e = new JournalEntry(seq, occurredAt, r, requestId, client);
    e.mac = mac;
    return e;
  }

  /** Rebuilds an anonymised entry read by something other than JPA. */
  public static JournalEntry restore(
      long seq,
      Instant occurredAt,
      JournalRecord r,
      String requestId,
      String client,
      String mac,
      String redactedFields,
      String redactionMac,
      Instant redactedAt) {
    JournalEntry e = restore(seq, occurredAt, r, requestId, client, mac);
    e.redactedFields = redactedFields;
    e.redactionMac = redactionMac;
    e.redactedAt = redactedAt;
    return e;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("journal entries are append-only");
  }

  public long seq() {
    return seq;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public JournalActor actor() {
    return new JournalActor(actorIssuer, actorSubject, actorName);
  }

  public UUID structureId() {
    return structureId;
  }

  public String action() {
    return action;
  }

  public String targetType() {
    return targetType;
  }

  public String targetId() {
    return targetId;
  }

  public UUID mandateId() {
    return mandateId;
  }

  public String requestId() {
    return requestId;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String detail() {
    return detail;
  }

  /** The MAC written with the entry; null only for entries older than seals. */
  public String mac() {
    return mac;
  }

  /**
   * The fields an anonymisation cleared, comma-separated names of {@link JournalChain.Redactable};
   * null when the entry is as written.
   */
  public String redactedFields() {
    return redactedFields;
  }

  /** The MAC of the anonymised entry ({@link JournalChain#redactionMacOf}); null if none. */
  public String redactionMac() {
    return redactionMac;
  }

  public Instant redactedAt() {
    return redactedAt;
  }

  /** Whether an anonymisation cleared some of its personal references (S61). */
  public boolean redacted() {
    return redactionMac != null;
  }
}
