package fr.relais.domain.model.access;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who a person is at an OpenID provider: the exact issuer and the subject it assigned. This pair,
 * and nothing else (never an email address), identifies a user (S1, S7).
 */
public record ExternalIdentity(String issuer, String subject) implements Serializable {
  public ExternalIdentity {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(subject, "subject");
    if (issuer.isBlank() || subject.isBlank()) {
      throw new IllegalArgumentException("issuer and subject must not be blank");
    }
  }
}
