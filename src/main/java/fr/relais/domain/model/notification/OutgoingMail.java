package fr.relais.domain.model.notification;

import java.util.Objects;

/** A mail as the composer made it: to whom, the subject, the plain-text body. Nothing else. */
public record OutgoingMail(String to, String subject, String body) {
  public OutgoingMail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
