package fr.relais.application;

import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.structure.StructureId;
import java.util.Locale;
import java.util.Optional;

/** The account behind the current request, as read from the database on this very request (S11). */
public record AuthenticatedUser(
    AccountId accountId,
    ExternalIdentity identity,
    String displayName,
    Role role,
    Optional<StructureId> structure,
    Locale locale) {

  public static AuthenticatedUser of(Account a) {
    return new AuthenticatedUser(
        a.id(), a.identity(), a.displayName(), a.role(), a.structure(), a.locale());
  }

  public JournalActor asJournalActor() {
    return new JournalActor(identity.issuer(), identity.subject(), displayName);
  }

  /** A journal record of this user's action (the one factory, {@link JournalRecord#by}). */
  public JournalRecord.Builder journal() {
    return JournalRecord.by(asJournalActor());
  }
}
