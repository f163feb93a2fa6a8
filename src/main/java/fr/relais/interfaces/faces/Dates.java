package fr.relais.interfaces.faces;

import fr.relais.application.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the value of a date field ({@code type=date} sends YYYY-MM-DD). */
public final class Dates {
  private Dates() {}

  public static LocalDate parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "date expected (YYYY-MM-DD)");
    }
  }
}
