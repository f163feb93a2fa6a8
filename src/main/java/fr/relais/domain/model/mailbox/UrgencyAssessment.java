package fr.relais.domain.model.mailbox;

import java.time.LocalDate;

/**
 * What the rules make of a message: its kind, whether it is urgent and by when (null when the
 * message sets no date), and the rule that decided (null when none matched).
 */
public record UrgencyAssessment(MessageKind kind, boolean urgent, LocalDate dueOn, String rule) {
  public static final UrgencyAssessment NOTHING =
      new UrgencyAssessment(MessageKind.OTHER, false, null, null);

  /** Not urgent. */
  public static final int NOT_URGENT = 0;

  /** Urgent: a time limit runs (documents asked for, an appointment, a date to hold). */
  public static final int URGENT = 1;

  /** A decision against her (refusal, closure, OQTF): the most urgent mail she can get. */
  public static final int DECISION_AGAINST = 2;

  /**
   * How urgent, as lists sort it (the higher first): {@link #DECISION_AGAINST}, {@link #URGENT} or
   * {@link #NOT_URGENT}.
   */
  public int level() {
    return level(kind, urgent);
  }

  /** The level of a message of this kind, marked urgent or not (by the rules or by a member). */
  public static int level(MessageKind kind, boolean urgent) {
    if (!urgent) {
      return NOT_URGENT;
    }
    return kind != null && kind.againstThePerson() ? DECISION_AGAINST : URGENT;
  }
}
