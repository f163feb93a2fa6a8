package fr.relais.domain.model.catalogue;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/** Stable code of a procedure type, in upper snake case (for example {@code ETUDIANT_PREMIERE}). */
public record ProcedureCode(String value) implements Serializable {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

  public ProcedureCode {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a procedure code");
    }
  }

  /**
   * Reads a procedure code.
   *
   * @throws IllegalArgumentException when the text is not an upper snake case code of 2 to 60
   *     characters
   */
  public static ProcedureCode of(String text) {
    if (text == null) {
      throw new IllegalArgumentException("not a procedure code");
    }
    return new ProcedureCode(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
