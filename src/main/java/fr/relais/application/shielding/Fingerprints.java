package fr.relais.application.shielding;

/**
 * Keyed hashes for exact matching without a plaintext index (F5, S41): HMAC-SHA256 under a key held
 * outside the database, of a value already normalised by the caller. The database alone cannot tell
 * whose hash it holds, nor test a guess.
 */
public interface Fingerprints {

  /** The hash of {@code normalised} for this purpose (a kind of value), lower-case hex. */
  String of(String purpose, String normalised);
}
