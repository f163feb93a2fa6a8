package fr.relais.domain.model.mailbox;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and delays in the French of the administration's mail, already normalised by {@link
 * UrgencyRules#normalise} (lower case, no accents): "avant le 12/03/2027", "au plus tard le 1er
 * mars 2027", "dans un délai de quinze jours", "sous un mois", "48 heures". Only dates on or after
 * the day of receipt count.
 */
final class DueDates {
  private DueDates() {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("janvier", 1),
          Map.entry("fevrier", 2),
          Map.entry("mars", 3),
          Map.entry("avril", 4),
          Map.entry("mai", 5),
          Map.entry("juin", 6),
          Map.entry("juillet", 7),
          Map.entry("aout", 8),
          Map.entry("septembre", 9),
          Map.entry("octobre", 10),
          Map.entry("novembre", 11),
          Map.entry("decembre", 12));

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("un", 1),
          Map.entry("une", 1),
          Map.entry("deux", 2),
          Map.entry("trois", 3),
          Map.entry("quatre", 4),
          Map.entry("cinq", 5),
          Map.entry("six", 6),
          Map.entry("sept", 7),
          Map.entry("huit", 8),
          Map.entry("dix", 10),
          Map.entry("quinze", 15),
          Map.entry("vingt", 20),
          Map.entry("trente", 30),
          Map.entry("quarante-cinq", 45),
          Map.entry("soixante", 60),
          Map.entry("quatre-vingt-dix", 90));

  private static final String WEEKDAY =
      "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?";
  private static final String DATE =
      "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}|\\d{2})(?!\\d)"
          + "|(\\d{1,2}|1er)\\s+(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre"
          + "|novembre|decembre)\\s+(\\d{4})";
  private static final Pattern ANY_DATE = Pattern.compile(DATE);
  private static final Pattern LIMIT_DATE =
      Pattern.compile(
          "(?:avant le|avant la date du|au plus tard le|au plus tard|jusqu'au|d'ici le|d'ici au"
              + "|date limite(?: de [a-z]+)?(?: :| est le| fixee au)?|le delai expire le"
              + "|valable jusqu'au|valide jusqu'au|expire le)\\s+"
              + WEEKDAY
              + "(?:"
              + DATE
              + ")");
  private static final String NUMBER =
      "(\\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt|trente"
          + "|quarante-cinq|soixante|quatre-vingt-dix)";
  private static final Pattern DELAY =
      Pattern.compile(
          "(?:delai(?: maximum| maximal| de recours| de depart volontaire)?(?: de| d')?"
              + "|sous(?: un delai de| un delai d')?|dans les|dans un delai de|dans un delai d'"
              + "|disposez de|disposez d')\\s*"
              + NUMBER
              + "\\s+(jours?(?: ouvres| calendaires| francs)?|semaines?|mois|heures?)");
  private static final Pattern APPOINTMENT_CONTEXT =
      Pattern.compile("convoque|convocation|rendez-vous|presenter|empreintes");

  /** The earliest date or delay that limits an answer, if the message sets one. */
  static Optional<LocalDate> earliestLimit(String text, LocalDate received) {
    List<LocalDate> found = new ArrayList<>();
    Matcher m = LIMIT_DATE.matcher(text);
    while (m.find()) {
      date(m, 1).filter(d -> !d.isBefore(received)).ifPresent(found::add);
    }
    Matcher d = DELAY.matcher(text);
    while (d.find()) {
      delay(d.group(1), d.group(2), received).ifPresent(found::add);
    }
    return found.stream().min(LocalDate::compareTo);
  }

  /** The day an appointment is set for: the first date after the word that announces it. */
  static Optional<LocalDate> appointment(String text, LocalDate received) {
    Matcher context = APPOINTMENT_CONTEXT.matcher(text);
    int from = context.find() ? context.start() : 0;
    Matcher m = ANY_DATE.matcher(text);
    while (m.find(from)) {
      Optional<LocalDate> d = date(m, 1).filter(x -> !x.isBefore(received));
      if (d.isPresent()) {
        return d;
      }
      from = m.end();
    }
    return earliestLimit(text, received);
  }

  /** The end of an attestation's validity ("valable jusqu'au …"). */
  static Optional<LocalDate> validUntil(String text, LocalDate received) {
    return earliestLimit(text, received);
  }

  /** The date in the groups starting at {@code first}: numeric (three groups) or in words. */
  private static Optional<LocalDate> date(Matcher m, int first) {
    try {
      if (m.group(first) != null) {
        int year = Integer.parseInt(m.group(first + 2));
        return Optional.of(
            LocalDate.of(
                year < 100 ? 2000 + year : year,
                Integer.parseInt(m.group(first + 1)),
                Integer.parseInt(m.group(first))));
      }
      String day = m.group(first + 3);
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(first + 5)),
              MONTHS.get(m.group(first + 4)),
              day.equals("1er") ? 1 : Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty(); // "31/02": not a date
    }
  }

  private static Optional<LocalDate> delay(String number, String unit, LocalDate received) {
    Integer n = NUMBERS.get(number);
    if (n == null) {
      try {
        n = Integer.valueOf(number);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    if (n <= 0 || n > 365) {
      return Optional.empty();
    }
    if (unit.startsWith("jour")) {
      return Optional.of(received.plusDays(n)); // working days count as calendar days: earlier
    }
    if (unit.startsWith("semaine")) {
      return Optional.of(received.plusWeeks(n));
    }
    if (unit.startsWith("mois")) {
      return Optional.of(received.plusMonths(n));
    }
    return Optional.of(received.plusDays((n + 23) / 24)); // hours, rounded up to whole days
  }
}
