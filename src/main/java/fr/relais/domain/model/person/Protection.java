package fr.relais.domain.model.person;

import java.time.LocalDate;

/**
 * A person's protected status (F1): why, since when, and — for a protection order — the court, the
 * date it was issued and the date it ends. An order's details are all given or all left to be
 * completed (a worker may protect her before seeing the order); an end date produces reminders
 * before it lapses.
 */
public record Protection(
    ProtectionReason reason,
    LocalDate since,
    String orderCourt,
    LocalDate orderIssuedOn,
    LocalDate orderEndsOn) {

  public static final int COURT_MAX = 150;

  /**
   * @throws IllegalArgumentException naming the field, for an incomplete or impossible status
   */
  public Protection {
    if (reason == null) {
      throw new IllegalArgumentException("protectionReason: required for a protected person");
    }
    if (since == null) {
      throw new IllegalArgumentException("since: required");
    }
    orderCourt = orderCourt == null || orderCourt.isBlank() ? null : orderCourt.strip();
    boolean anyOrder = orderCourt != null || orderIssuedOn != null || orderEndsOn != null;
    if (anyOrder && reason != ProtectionReason.PROTECTION_ORDER) {
      throw new IllegalArgumentException("order: only for a protection order");
    }
    if (anyOrder && (orderCourt == null || orderIssuedOn == null || orderEndsOn == null)) {
      throw new IllegalArgumentException("order: the court, the date and the end date together");
    }
    if (orderCourt != null && orderCourt.length() > COURT_MAX) {
      throw new IllegalArgumentException("order.court: at most " + COURT_MAX + " characters");
    }
    if (orderEndsOn != null && !orderEndsOn.isAfter(orderIssuedOn)) {
      throw new IllegalArgumentException("order.endsOn: after the date the order was issued");
    }
  }

  /** Whether the order's details are still to be completed. */
  public boolean orderIncomplete() {
    return reason == ProtectionReason.PROTECTION_ORDER && orderEndsOn == null;
  }
}
