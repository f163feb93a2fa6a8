package fr.relais.application.journal.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.journal.JournalVerificationService;
import fr.relais.domain.model.journal.ChainVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Verification of the journal on the operator's request; the verification itself is journaled. */
@ApplicationScoped
@Transactional
public class DefaultJournalVerificationService implements JournalVerificationService {

  @Inject AccessPolicy policy;
  @Inject Journal journal;

  @Override
  public ChainVerification verify() {
    AuthenticatedUser user = policy.platform().requireVerifyJournal();
    ChainVerification result = journal.verifyChain();
    journal.record(
        user.journal()
            .about("journal", null)
            .success(
                "journal.verify",
                result.intact() ? "intact" : "broken at " + result.firstBrokenSeq()));
    return result;
  }
}
