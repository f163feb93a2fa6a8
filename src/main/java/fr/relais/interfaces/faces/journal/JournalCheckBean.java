package fr.relais.interfaces.faces.journal;

import fr.relais.application.CurrentRequest;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.JournalVerificationService;
import fr.relais.domain.model.journal.ChainVerification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The operator's journal verification panel. */
@Named("journalCheck")
@RequestScoped
public class JournalCheckBean {

  @Inject JournalVerificationService verification;
  @Inject AccessPolicy policy;
  @Inject CurrentRequest current;

  private ChainVerification result;

  public boolean isAllowed() {
    return current.user().map(u -> policy.platform().canVerifyJournal(u)).orElse(false);
  }

  public void verify() {
    result = verification.verify();
  }

  public ChainVerification getResult() {
    return result;
  }
}
