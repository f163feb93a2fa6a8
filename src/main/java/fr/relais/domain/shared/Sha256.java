package fr.relais.domain.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 digest Relais records of what it stores and hands out — evidence, consent forms,
 * exports, received mail — as lower-case hexadecimal: one function, so that every recorded hash can
 * be checked the same way.
 */
public final class Sha256 {

  private Sha256() {}

  /** SHA-256 of {@code bytes}, lower-case hexadecimal. */
  public static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
