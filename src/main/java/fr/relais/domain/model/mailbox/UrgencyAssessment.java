package fr.relais.domain.model.mailbox;

import java.time.LocalDate;

/**
 * What the rules make of a message: its kind, whether it is urgent and by when (null when the
 * message sets no date), and the rule that decided (null when none matched).
 */
public record UrgencyAssessment(MessageKind kind, boolean urgent, LocalDate dueOn, String rule) {
  public static final UrgencyAssessment NOTHING =
      new UrgencyAssessment(MessageKind.OTHER, false, null, null);
}
