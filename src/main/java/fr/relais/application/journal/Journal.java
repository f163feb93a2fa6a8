package fr.relais.application.journal;

import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.journal.JournalRecord;

/**
 * The one journal API (G1, S50, S51). Application services record in their own transaction, so an
 * entry exists exactly when the action committed; refusals and failed logins are recorded in a
 * transaction of their own, since the action they describe does not commit. Recording locks
 * nothing: the entry is linked into the chain shortly after commit by the {@link JournalSealer}.
 */
public interface Journal {

  /** Appends in the caller's transaction; attributed to the current request's id and address. */
  JournalEntry record(JournalRecord record);

  /** Appends in a new transaction that commits whatever happens to the caller's. */
  JournalEntry recordSeparately(JournalRecord record);

  /**
   * Verifies the chain, every entry, the unsealed entries and the chain against the signed
   * checkpoints this node can read.
   */
  ChainVerification verifyChain();
}
