package fr.relais.domain.model.mailbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises what a message from the administration asks for and by when (A5). The rules are data,
 * in one file ({@code urgency-rules.txt} beside this class): each names a kind, whether it is
 * urgent, a default delay, and the French wording that gives it away. Dates are read by {@link
 * DueDates}. A member can always correct what the rules decided.
 */
public final class UrgencyRules {

  /** One line of the rules file. */
  public record Rule(
      String id, MessageKind kind, boolean urgent, Integer defaultDays, Pattern pattern) {}

  private static final String RESOURCE = "urgency-rules.txt";

  private final List<Rule> rules;

  private UrgencyRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules Relais ships with. */
  public static UrgencyRules standard() {
    try (InputStream in = UrgencyRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rules from lines of the file format; a malformed line is an error, never skipped. */
  public static UrgencyRules parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    int n = 0;
    for (String line : lines) {
      n++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] f = trimmed.split("\\s*\\|\\s*", 5);
      if (f.length != 5) {
        throw new IllegalArgumentException("urgency rule line " + n + ": five fields expected");
      }
      rules.add(
          new Rule(
              f[0],
              MessageKind.valueOf(f[1]),
              Boolean.parseBoolean(f[2]),
              f[3].equals("-") ? null : Integer.valueOf(f[3]),
              Pattern.compile(f[4])));
    }
    return new UrgencyRules(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /**
   * @param receivedOn the day the message reached Relais, on Relais's clock: delays count from it
   */
  public UrgencyAssessment assess(String subject, String text, LocalDate receivedOn) {
    String normalised =
        normalise((subject == null ? "" : subject) + "\n" + (text == null ? "" : text));
    for (Rule rule : rules) {
      if (!rule.pattern().matcher(normalised).find()) {
        continue;
      }
      Optional<LocalDate> due =
          switch (rule.kind()) {
            case APPOINTMENT -> DueDates.appointment(normalised, receivedOn);
            case ATTESTATION -> DueDates.validUntil(normalised, receivedOn);
            default -> DueDates.earliestLimit(normalised, receivedOn);
          };
      LocalDate dueOn =
          due.orElse(rule.defaultDays() == null ? null : receivedOn.plusDays(rule.defaultDays()));
      if (rule.kind() == MessageKind.DEADLINE && dueOn == null) {
        continue; // the wording of a time limit, but no date to hold on to
      }
      return new UrgencyAssessment(rule.kind(), rule.urgent(), dueOn, rule.id());
    }
    return UrgencyAssessment.NOTHING;
  }

  /** Lower case, no accents, one kind of apostrophe and of space. */
  static String normalise(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s =
        s.replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('\u00a0', ' ')
            .replace('\u202f', ' ');
    s = s.replace("\u0153", "oe");
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s]+", " ");
  }
}
