package fr.relais.domain.model.journal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hashes of the journal, under a key held outside the database (S50). Two of them:
 *
 * <ul>
 *   <li>an entry's <b>MAC</b>, computed by the writer when the entry is recorded: HMAC-SHA256 of
 *       every field of the entry, its sequence number included, in a length-prefixed encoding. It
 *       protects an entry from the moment it is written, before it is sealed;
 *   <li>a <b>seal</b>'s hash, computed by the one sealer that links entries into the chain:
 *       HMAC-SHA256 of the previous seal's hash, the seal's position in the chain, the entry's
 *       sequence number and the entry's MAC. Someone who can write to the database but does not
 *       hold the key can neither change an entry nor rebuild a consistent chain after removing one.
 * </ul>
 *
 * Only a shortened tail escapes the chain itself; signed checkpoints kept outside the database
 * catch that ({@link Checkpoint}).
 */
public final class JournalChain {

  /** The hash that the first seal links to. */
  public static final String GENESIS = "0".repeat(64);

  private static final String ENTRY_TAG = "relais-journal-entry v2";
  private static final String SEAL_TAG = "relais-journal-seal v2";
  private static final String REDACTION_TAG = "relais-journal-redaction v1";

  /**
   * The personal references an anonymisation may clear (S61); every other field of an entry stays
   * as written. Declared in the order they are listed in {@code redacted_fields}.
   */
  public enum Redactable {
    /** Issuer, subject and name of the actor. */
    ACTOR,
    /** The identifier of the target (its type stays). */
    TARGET,
    /** The free detail, which may name a target's items. */
    DETAIL,
    /** The client's network address. */
    CLIENT_ADDRESS
  }

  /**
   * The columns an anonymisation writes: the cleared fields are null, {@code mac} is the MAC the
   * seal covers (computed once for entries older than MACs), {@code redactionMac} authenticates
   * what remains.
   */
  public record Redaction(
      long seq,
      JournalActor actor,
      String targetId,
      String detail,
      String clientAddress,
      String mac,
      String redactedFields,
      Instant redactedAt,
      String redactionMac) {}

  private final byte[] key;

  public JournalChain(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < 32) {
      throw new IllegalArgumentException("the journal key must have at least 256 bits");
    }
    this.key = key.clone();
  }

  /** Instants are kept to the microsecond, the precision both databases store. */
  public static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** A new entry with sequence number {@code seq}, carrying its MAC. */
  public JournalEntry entry(
      long seq, Instant occurredAt, JournalRecord record, String requestId, String clientAddress) {
    JournalEntry entry =
        new JournalEntry(seq, truncate(occurredAt), record, requestId, clientAddress);
    entry.sign(macOf(entry));
    return entry;
  }

  /** The MAC an entry must carry, recomputed from its fields. */
  public String macOf(JournalEntry e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    field(out, ENTRY_TAG);
    fields(out, e);
    return hmac(out.toByteArray());
  }

  private static void fields(ByteArrayOutputStream out, JournalEntry e) {
    field(out, Long.toString(e.seq()));
    field(out, e.occurredAt().toString());
    field(out, e.actor().issuer());
    field(out, e.actor().subject());
    field(out, e.actor().displayName());
    field(out, e.structureId() == null ? null : e.structureId().toString());
    field(out, e.action());
    field(out, e.targetType());
    field(out, e.targetId());
    field(out, e.mandateId() == null ? null : e.mandateId().toString());
    field(out, e.requestId());
    field(out, e.clientAddress());
    field(out, e.outcome().name());
    field(out, e.detail());
  }

  /**
   * Whether the entry's stored MAC matches its fields. Entries written before seals existed (up to
   * {@code legacyUntilSeq}, recorded by the migration that introduced them) carry no MAC; they are
   * accepted as they are when first sealed.
   */
  public boolean authentic(JournalEntry e, long legacyUntilSeq) {
    if (e.redacted()) {
      return e.mac() != null && constantTimeEquals(e.redactionMac(), redactionMacOf(e));
    }
    if (e.mac() == null) {
      return e.seq() <= legacyUntilSeq;
    }
    return constantTimeEquals(e.mac(), macOf(e));
  }

  /**
   * The MAC the seal of {@code e} covers: the stored one, or the recomputed one for old entries.
   */
  public String sealedMacOf(JournalEntry e) {
    return e.mac() != null ? e.mac() : macOf(e);
  }

  /**
   * Anonymises an authentic entry in place (S61): the chosen personal references are cleared, the
   * MAC the seal covers is kept (so the chain and every checkpoint still verify), and a redaction
   * MAC under the journal key binds the original MAC to every remaining field and to the list of
   * what was cleared. Someone without the key can neither clear a field nor alter what remains; the
   * cleared values cannot be recovered. Empty when the entry is not authentic: a tampered entry is
   * never laundered into a valid anonymised one.
   */
  public java.util.Optional<Redaction> redact(
      JournalEntry e, java.util.Set<Redactable> fields, Instant at, long legacyUntilSeq) {
    if (!authentic(e, legacyUntilSeq)) {
      return java.util.Optional.empty();
    }
    java.util.EnumSet<Redactable> all = java.util.EnumSet.noneOf(Redactable.class);
    all.addAll(fields);
    if (e.redactedFields() != null) {
      for (String name : e.redactedFields().split(",")) {
        all.add(Redactable.valueOf(name));
      }
    }
    JournalActor actor = all.contains(Redactable.ACTOR) ? JournalActor.ANONYMOUS : e.actor();
    JournalRecord remaining =
        new JournalRecord(
            actor,
            e.structureId(),
            e.action(),
            e.targetType(),
            all.contains(Redactable.TARGET) ? null : e.targetId(),
            e.mandateId(),
            e.outcome(),
            all.contains(Redactable.DETAIL) ? null : e.detail());
    String names = String.join(",", all.stream().map(Enum::name).toList());
    Instant when = truncate(at);
    JournalEntry after =
        JournalEntry.restore(
            e.seq(),
            e.occurredAt(),
            remaining,
            e.requestId(),
            all.contains(Redactable.CLIENT_ADDRESS) ? null : e.clientAddress(),
            sealedMacOf(e),
            names,
            "pending",
            when);
    return java.util.Optional.of(
        new Redaction(
            e.seq(),
            actor,
            remaining.targetId(),
            remaining.detail(),
            after.clientAddress(),
            after.mac(),
            names,
            when,
            redactionMacOf(after)));
  }

  /**
   * The redaction MAC an anonymised entry must carry: HMAC of its original MAC, the list of cleared
   * fields, the time of the anonymisation and every field as it now stands.
   */
  public String redactionMacOf(JournalEntry e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(600);
    field(out, REDACTION_TAG);
    field(out, e.mac());
    field(out, e.redactedFields());
    field(out, e.redactedAt() == null ? null : e.redactedAt().toString());
    fields(out, e);
    return hmac(out.toByteArray());
  }

  /** The seal that places {@code e} at {@code position}, after the seal whose hash is given. */
  public JournalSeal seal(String prevHash, long position, JournalEntry e, Instant sealedAt) {
    return new JournalSeal(
        position,
        e.seq(),
        prevHash,
        sealHash(prevHash, position, e.seq(), sealedMacOf(e)),
        truncate(sealedAt));
  }

  /** The hash a seal must carry. */
  public String sealHash(String prevHash, long position, long entrySeq, String entryMac) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(200);
    field(out, SEAL_TAG);
    field(out, prevHash);
    field(out, Long.toString(position));
    field(out, Long.toString(entrySeq));
    field(out, entryMac);
    return hmac(out.toByteArray());
  }

  private String hmac(byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message));
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("HmacSHA256 unavailable", ex);
    }
  }

  static boolean constantTimeEquals(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  private static void field(ByteArrayOutputStream out, String value) {
    if (value == null) {
      out.writeBytes("-;".getBytes(StandardCharsets.US_ASCII));
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(bytes);
    out.write(';');
  }
}
