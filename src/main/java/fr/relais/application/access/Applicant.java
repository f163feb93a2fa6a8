package fr.relais.application.access;

import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.journal.JournalActor;
import java.util.Objects;

/**
 * Someone whose identity an OpenID provider vouched for on this very request (signed-in session or
 * bearer token) but who has no Relais account: the only thing they may do is file their structure's
 * request for accreditation (A1). Identified by (issuer, subject) only, never by email (S1, S7).
 */
public record Applicant(ExternalIdentity identity, String displayName) {
  public Applicant {
    Objects.requireNonNull(identity, "identity");
    displayName =
        displayName == null || displayName.isBlank() ? identity.subject() : displayName.strip();
    if (displayName.length() > 200) {
      displayName = displayName.substring(0, 200);
    }
  }

  public JournalActor asJournalActor() {
    return new JournalActor(identity.issuer(), identity.subject(), displayName);
  }

  /** A journal record of this applicant's action. */
  public fr.relais.domain.model.journal.JournalRecord.Builder journal() {
    return fr.relais.domain.model.journal.JournalRecord.by(asJournalActor());
  }
}
