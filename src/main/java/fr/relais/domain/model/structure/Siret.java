package fr.relais.domain.model.structure;

import java.io.Serializable;

/**
 * A SIRET number: 14 digits whose Luhn checksum is valid (La Poste's establishments, whose SIREN is
 * 356000000, follow their own rule: the digit sum is a multiple of 5).
 */
public record Siret(String value) implements Serializable {

  private static final String LA_POSTE_SIREN = "356000000";

  public Siret {
    if (value == null || !value.matches("\\d{14}")) {
      throw new IllegalArgumentException("a SIRET has 14 digits");
    }
    if (!isValid(value)) {
      throw new IllegalArgumentException("invalid SIRET checksum");
    }
  }

  /** Accepts spaces between digit groups, as people write them. */
  public static Siret parse(String text) {
    return new Siret(text == null ? null : text.replace(" ", ""));
  }

  static boolean isValid(String digits) {
    if (digits.startsWith(LA_POSTE_SIREN)) {
      int sum = 0;
      for (char c : digits.toCharArray()) {
        sum += c - '0';
      }
      return sum % 5 == 0;
    }
    int sum = 0;
    for (int i = 0; i < 14; i++) {
      int d = digits.charAt(13 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  @Override
  public String toString() {
    return value;
  }
}
