package fr.relais.domain.model.notification;

import fr.relais.domain.model.access.AccountId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reminder in the application. Its identity is the member, the code (the step or event it tells
 * of), the subject and the date: recorded once, however many times it is computed.
 */
public record Reminder(AccountId member, String code, UUID subject, UUID person, LocalDate dueOn) {

  /** The same reminder without the person, for comparing identities. */
  public Reminder identity() {
    return new Reminder(member, code, subject, null, dueOn);
  }
}
