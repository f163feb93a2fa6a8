package fr.relais.domain.model.deadline;

import fr.relais.domain.model.notification.NotificationKind;
import java.time.LocalDate;
import java.util.List;

/**
 * Every kind of deadline the engine computes, with its steps. A step fires on the day {@code
 * daysBefore} the due date (negative: after it), once per deadline and due date.
 */
public enum DeadlineKind {
  /**
   * The renewal window of her current permit (R. 431-5), due the day it closes (the 60th day before
   * expiry): when it opens (120th day before expiry), two weeks before it closes, late after.
   */
  RENEWAL_WINDOW(
      NotificationKind.RENEWAL_WINDOW,
      new Step("OPENS", 60, Audience.FOLLOWERS, "RENEWAL_WINDOW_OPENS"),
      new Step("CLOSING", 14, Audience.FOLLOWERS, "RENEWAL_WINDOW_CLOSING"),
      new Step("LATE", -1, Audience.FOLLOWERS_AND_ADMINISTRATORS, "RENEWAL_LATE")),
  /**
   * A request for documents, due on its due date: 10 and 3 days before, the administrator the day
   * before, overdue on the day (nothing closes).
   */
  DOCUMENT_REQUEST(
      NotificationKind.DOCUMENTS_DUE,
      new Step("D10", 10, Audience.RESPONSIBLE, "DOCUMENTS_DUE_10"),
      new Step("D3", 3, Audience.RESPONSIBLE, "DOCUMENTS_DUE_3"),
      new Step("D1", 1, Audience.ADMINISTRATORS, "DOCUMENTS_DUE_1"),
      new Step("OVERDUE", 0, Audience.RESPONSIBLE_AND_ADMINISTRATORS, "DOCUMENTS_OVERDUE")),
  /**
   * An ADP's last day of validity: a month and a week before (ask for its renewal), lapsed after.
   */
  ADP(
      NotificationKind.ATTESTATION_LAPSING,
      new Step("D30", 30, Audience.RESPONSIBLE, "ADP_LAPSING_30"),
      new Step("D7", 7, Audience.RESPONSIBLE, "ADP_LAPSING_7"),
      new Step("LAPSED", -1, Audience.RESPONSIBLE_AND_ADMINISTRATORS, "ADP_LAPSED")),
  /** An active mandate's last day (B1). */
  MANDATE_END(
      NotificationKind.MANDATE_ENDING, new Step("D30", 30, Audience.FOLLOWERS, "MANDATE_ENDING")),
  /** A minor in ASE care turns 18 (B3): time to obtain the young adult's own consent. */
  ASE_MAJORITY(
      NotificationKind.ASE_MAJORITY, new Step("D60", 60, Audience.FOLLOWERS, "ASE_MAJORITY")),
  /** A protected person's protection order ends (F1): time to ask for its renewal. */
  PROTECTION_ORDER_END(
      NotificationKind.PROTECTION_ORDER_ENDING,
      new Step("D30", 30, Audience.FOLLOWERS, "PROTECTION_ORDER_ENDING"));

  /**
   * One step: its name, how many days before the due date it fires, who hears of it and the
   * reminder's code (its text in the bundles).
   */
  public record Step(String name, int daysBefore, Audience audience, String reminder) {
    /** The day this step fires for a deadline due on {@code dueOn}. */
    public LocalDate firesOn(LocalDate dueOn) {
      return dueOn.minusDays(daysBefore);
    }
  }

  private final NotificationKind notification;
  private final List<Step> steps;

  DeadlineKind(NotificationKind notification, Step... steps) {
    this.notification = notification;
    this.steps = List.of(steps);
  }

  /** How members are told of it by mail (content-free, S42). */
  public NotificationKind notification() {
    return notification;
  }

  public List<Step> steps() {
    return steps;
  }
}
