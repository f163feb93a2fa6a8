package fr.relais.application.shielding;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The sealed-data vault (F2, S12, S41): the only code that encrypts or decrypts sealed data.
 * AES-256-GCM under a data key per owner (a record, a document), the data key wrapped by a master
 * key held outside the database. Each ciphertext is bound to its owner and field (associated data):
 * copied to another row or field, it does not decrypt. Who may see a sealed value is not the
 * vault's decision but the access policy's; a decryption for a user goes through {@link
 * SealedReads}, which journals it.
 */
public interface Vault extends SealedOpener {

  /**
   * What a ciphertext belongs to, bound into it: the owner whose data key seals it, the field, and
   * for a value an owner has several of, its row (null otherwise). Application code takes its
   * bindings from {@link SealedField}, the catalogue of labels.
   */
  record Binding(String kind, UUID owner, String field, UUID row) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** A value bound to its owner alone. */
    public Binding(String kind, UUID owner, String field) {
      this(kind, owner, field, null);
    }

    public Binding {
      Objects.requireNonNull(owner, "owner");
      if (kind == null || !NAME.matcher(kind).matches()) {
        throw new IllegalArgumentException("kind: lower-case letters, digits and dashes");
      }
      if (field == null || !NAME.matcher(field).matches()) {
        throw new IllegalArgumentException("field: lower-case letters, digits and dashes");
      }
    }
  }

  /**
   * Encrypts for {@code binding}, in the caller's transaction: the owner's data key is made on its
   * first use and committed with the data.
   */
  byte[] seal(Binding binding, byte[] plaintext);

  /**
   * Decrypts what {@link #seal} made for the same binding.
   *
   * @throws SealedDataUnavailableException when it cannot: no data key, a master key this node does
   *     not hold, or a ciphertext that is not this binding's
   */
  @Override
  byte[] open(Binding binding, byte[] ciphertext);

  /**
   * Re-wraps up to {@code limit} data keys that another master key wraps with the current one, in
   * its own transaction; the data is not touched.
   *
   * @return how many it re-wrapped (0: none left)
   */
  int rewrapBatch(int limit);

  /** The current master key and how many data keys each master key wraps. */
  Status status();

  /**
   * This node's check of its keystore against the database (S41): for every master key that wraps
   * data keys, whether the keystore holds a key under that name and that key unwraps one of them.
   * Empty when every sealed value can be decrypted here; otherwise one line per master key that
   * cannot, saying why (missing, or another key under that name). Never a value.
   */
  java.util.List<String> selfCheck();

  record Status(String currentMasterKey, Map<String, Long> dataKeysByMasterKey) {}

  /** Sealed data that cannot be decrypted here; the message never holds data. */
  class SealedDataUnavailableException extends RuntimeException {
    public SealedDataUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
