package fr.relais.domain.model.journal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Signs and verifies checkpoints with Ed25519 (the JDK's own implementation). Signing needs the
 * private key, held outside the database like the chain key; verifying needs only public keys, so
 * anyone given them can check a checkpoint file without being able to forge one. Several public
 * keys may be trusted at once, so that checkpoints signed before a key rotation stay verifiable.
 */
public final class CheckpointSignatures {

  private static final String ALGORITHM = "Ed25519";

  private final PrivateKey signingKey;
  private final String signingKeyId;
  private final Map<String, PublicKey> trusted = new LinkedHashMap<>();

  /**
   * @param signingKey the private key, or null for a verifier that cannot sign
   * @param signingPublicKey the public half of {@code signingKey}; trusted
   * @param formerPublicKeys public keys of earlier signing keys, still trusted
   */
  public CheckpointSignatures(
      PrivateKey signingKey, PublicKey signingPublicKey, List<PublicKey> formerPublicKeys) {
    Objects.requireNonNull(signingPublicKey, "signingPublicKey");
    this.signingKey = signingKey;
    this.signingKeyId = keyId(signingPublicKey);
    trusted.put(signingKeyId, signingPublicKey);
    for (PublicKey k : formerPublicKeys) {
      trusted.put(keyId(k), k);
    }
    if (signingKey != null) {
      Checkpoint probe =
          new Checkpoint("probe", 0, JournalChain.GENESIS, 0, java.time.Instant.EPOCH);
      if (!verify(sign(probe))) {
        throw new IllegalArgumentException(
            "the checkpoint signing key does not match its public key");
      }
    }
  }

  /** A verifier for the given base64 (X.509) public keys. */
  public static CheckpointSignatures verifier(List<String> publicKeysBase64) {
    if (publicKeysBase64.isEmpty()) {
      throw new IllegalArgumentException("no checkpoint public key");
    }
    List<PublicKey> keys = publicKeysBase64.stream().map(CheckpointSignatures::publicKey).toList();
    return new CheckpointSignatures(null, keys.get(0), keys.subList(1, keys.size()));
  }

  public SignedCheckpoint sign(Checkpoint c) {
    if (signingKey == null) {
      throw new IllegalStateException("this verifier holds no signing key");
    }
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(signingKey);
      s.update(c.signedBytes());
      return new SignedCheckpoint(
          c, signingKeyId, Base64.getEncoder().withoutPadding().encodeToString(s.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("checkpoint signature failed", e);
    }
  }

  /** Whether the checkpoint was signed by one of the trusted keys. */
  public boolean verify(SignedCheckpoint sc) {
    PublicKey key = trusted.get(sc.keyId());
    if (key == null) {
      return false;
    }
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(key);
      s.update(sc.checkpoint().signedBytes());
      return s.verify(Base64.getDecoder().decode(sc.signature()));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }

  public String signingKeyId() {
    return signingKeyId;
  }

  /** The first eight hex digits of the SHA-256 of the public key's encoding. */
  public static String keyId(PublicKey key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new Ed25519 key pair. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static PrivateKey privateKey(String base64Pkcs8) {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Pkcs8.trim())));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException("not a base64 PKCS#8 Ed25519 private key", e);
    }
  }

  public static PublicKey publicKey(String base64X509) {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64X509.trim())));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
    }
  }
}
