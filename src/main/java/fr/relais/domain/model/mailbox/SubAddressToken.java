package fr.relais.domain.model.mailbox;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The token of a person's sub-address (A2): twelve random characters from an alphabet without
 * look-alikes (about 59 bits), with nothing of the person, the structure or a date in it. Lower
 * case, since mail systems change the case of local parts.
 */
public record SubAddressToken(String value) {

  static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  public SubAddressToken {
    Objects.requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("not a sub-address token");
    }
  }

  public static SubAddressToken generate() {
    StringBuilder b = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new SubAddressToken(b.toString());
  }

  public static boolean isWellFormed(String value) {
    if (value == null || value.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (ALPHABET.indexOf(value.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
