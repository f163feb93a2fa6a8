package fr.relais.domain.model.journal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash chain of the journal. Each entry's hash is HMAC-SHA256, under a key held outside the
 * database, of the previous entry's hash and every field of the entry in a length-prefixed
 * encoding. Someone who can write to the database but does not hold the key cannot forge a
 * consistent chain after changing a row.
 */
public final class JournalChain {

  /** The hash that the first entry links to. */
  public static final String GENESIS = "0".repeat(64);

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

  /** Creates the next entry after {@code (prevSeq, prevHash)}, sealed with its hash. */
  public JournalEntry next(
      long prevSeq,
      String prevHash,
      Instant occurredAt,
      JournalRecord record,
      String requestId,
      String clientAddress) {
    JournalEntry entry =
        new JournalEntry(prevSeq + 1, truncate(occurredAt), record, requestId, clientAddress);
    entry.seal(prevHash, hashOf(prevHash, entry));
    return entry;
  }

  /** The hash an entry must carry, given the hash it links to. */
  public String hashOf(String prevHash, JournalEntry e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    field(out, prevHash);
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
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(out.toByteArray()));
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("HmacSHA256 unavailable", ex);
    }
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

  /**
   * Walks entries in ascending sequence order and reports the first broken link.
   *
   * @param entries every entry, ordered by sequence
   * @param headSeq the sequence the journal head says was written last
   * @param headHash the hash the journal head says was written last
   */
  public ChainVerification verify(Iterator<JournalEntry> entries, long headSeq, String headHash) {
    long expectedSeq = 1;
    String prevHash = GENESIS;
    long checked = 0;
    while (entries.hasNext()) {
      JournalEntry e = entries.next();
      if (e.seq() != expectedSeq) {
        return ChainVerification.broken(
            checked,
            Math.min(e.seq(), expectedSeq),
            e.seq() > expectedSeq
                ? "missing entry: expected " + expectedSeq + ", found " + e.seq()
                : "unexpected entry " + e.seq() + " before " + expectedSeq);
      }
      if (!prevHash.equals(e.prevHash())) {
        return ChainVerification.broken(
            checked, e.seq(), "link broken: entry does not follow the previous one");
      }
      if (!hashOf(prevHash, e).equals(e.hash())) {
        return ChainVerification.broken(checked, e.seq(), "content modified");
      }
      prevHash = e.hash();
      expectedSeq++;
      checked++;
    }
    long lastSeq = expectedSeq - 1;
    if (lastSeq != headSeq || !prevHash.equals(headHash)) {
      return ChainVerification.broken(
          checked,
          Math.min(lastSeq + 1, headSeq),
          "journal ends at " + lastSeq + " but " + headSeq + " entries were written");
    }
    return ChainVerification.intact(checked);
  }
}
