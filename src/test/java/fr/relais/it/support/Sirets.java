package fr.relais.it.support;

import java.security.SecureRandom;

/** Valid SIRET numbers (Luhn checksum) for tests, random so that no two runs or tests collide. */
public final class Sirets {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Sirets() {}

  /** A random SIRET whose checksum is right. */
  public static String random() {
    StringBuilder b = new StringBuilder("9");
    for (int i = 0; i < 12; i++) {
      b.append(RANDOM.nextInt(10));
    }
    for (int c = 0; c < 10; c++) {
      String candidate = b.toString() + c;
      if (luhn(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("no check digit");
  }

  /** A SIRET of the right length whose checksum is wrong. */
  public static String withBadChecksum() {
    String good = random();
    char last = good.charAt(13);
    return good.substring(0, 13) + (char) ('0' + (last - '0' + 1) % 10);
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
