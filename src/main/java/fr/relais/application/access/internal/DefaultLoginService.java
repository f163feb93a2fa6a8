package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.Applicant;
import fr.relais.application.access.LoginService;
import fr.relais.application.journal.Journal;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Journals every login, failure and logout (S51) and maps identities to accounts (S1, S7). */
@ApplicationScoped
@Transactional
public class DefaultLoginService implements LoginService {

  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject fr.relais.application.identity.IdentityService identities;

  @Override
  public Result signIn(String providerId, ExternalIdentity identity, String acr) {
    Optional<Account> account = accounts.findByIdentity(identity);
    JournalActor actor =
        new JournalActor(
            identity.issuer(), identity.subject(), account.map(Account::displayName).orElse(null));
    if (account.isEmpty()) {
      journal.record(
          JournalRecord.by(actor)
              .about("provider", providerId)
              .refused("auth.login", "NO_ACCOUNT"));
      return new Result.NoAccount();
    }
    Account a = account.get();
    if (!a.isActive()) {
      journal.record(
          JournalRecord.by(actor)
              .in(a.structure().map(s -> s.value()).orElse(null))
              .about("account", a.id().toString())
              .refused("auth.login", "ACCOUNT_INACTIVE"));
      return new Result.Inactive();
    }
    journal.record(
        JournalRecord.by(actor)
            .in(a.structure().map(s -> s.value()).orElse(null))
            .about("account", a.id().toString())
            .success("auth.login", acr == null ? null : "acr " + acr));
    if (a.role() == fr.relais.domain.model.access.Role.BENEFICIARY) {
      // D1, S22: her own login at eIDAS substantial raises the records it is linked to.
      identities.recordRemoteVerification(a.id(), providerId, acr);
    }
    return new Result.SignedIn(AuthenticatedUser.of(a));
  }

  @Override
  public Result signInToApply(
      String providerId, ExternalIdentity identity, String displayName, String acr) {
    if (accounts.findByIdentity(identity).isPresent()) {
      return signIn(providerId, identity, acr);
    }
    Applicant applicant = new Applicant(identity, displayName);
    journal.record(
        applicant
            .journal()
            .about("provider", providerId)
            .success(
                "auth.login", "APPLICANT_WITHOUT_ACCOUNT" + (acr == null ? "" : ", acr " + acr)));
    return new Result.Applying(applicant);
  }

  @Override
  public void recordFailure(String providerId, String reason) {
    journal.record(
        JournalRecord.by(JournalActor.ANONYMOUS)
            .about("provider", providerId)
            .failed("auth.login", reason));
  }

  @Override
  public void recordLogout(AuthenticatedUser user, String reason) {
    journal.record(
        user.journal()
            .in(user.structure().map(s -> s.value()).orElse(null))
            .about("account", user.accountId().toString())
            .success("auth.logout", reason));
  }

  @Override
  public void recordLogout(Applicant applicant, String reason) {
    journal.record(
        applicant
            .journal()
            .about("provider", null)
            .success("auth.logout", reason == null ? "applicant" : "applicant, " + reason));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AuthenticatedUser> resolve(AccountId id) {
    return accounts.find(id).filter(Account::isActive).map(AuthenticatedUser::of);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AuthenticatedUser> resolve(ExternalIdentity identity) {
    return accounts.findByIdentity(identity).filter(Account::isActive).map(AuthenticatedUser::of);
  }

  @Override
  public void rememberVerifiedEmail(
      fr.relais.domain.model.access.AccountId id, String verifiedEmail) {
    if (verifiedEmail == null) {
      return;
    }
    accounts
        .find(id)
        .filter(a -> a.role() != fr.relais.domain.model.access.Role.BENEFICIARY)
        .filter(a -> !verifiedEmail.equals(a.email().orElse(null)))
        .ifPresent(a -> a.rememberVerifiedEmail(verifiedEmail));
  }
}
