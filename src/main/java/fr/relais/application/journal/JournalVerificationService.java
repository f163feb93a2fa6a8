package fr.relais.application.journal;

import fr.relais.domain.model.journal.ChainVerification;

/** Lets the platform operator check that the journal has not been tampered with. */
public interface JournalVerificationService {
  ChainVerification verify();
}
