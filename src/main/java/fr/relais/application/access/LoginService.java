package fr.relais.application.access;

import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.ExternalIdentity;
import java.util.Optional;

/** Sign-in and sign-out as far as Relais's own records are concerned (journal, accounts). */
public interface LoginService {

  /** The outcome of a verified login: the account, or why there is none. */
  sealed interface Result {
    record SignedIn(AuthenticatedUser user) implements Result {}

    record NoAccount() implements Result {}

    record Inactive() implements Result {}

    /** A verified identity without account, signed in only to request accreditation (A1). */
    record Applying(Applicant applicant) implements Result {}
  }

  /**
   * Finds the account for an identity the provider vouched for (by issuer and subject only, S1) and
   * journals the login or its refusal.
   */
  Result signIn(String providerId, ExternalIdentity identity, String acr);

  /**
   * Keeps the professional address the provider vouched for at this login (a verified {@code email}
   * claim), where Relais notifies the member. Accompanied people's accounts keep none.
   */
  void rememberVerifiedEmail(fr.relais.domain.model.access.AccountId account, String verifiedEmail);

  /**
   * Like {@link #signIn}, for a login started to file a structure's request for accreditation: an
   * identity without account is then let in as an {@link Applicant} (journaled as such) rather than
   * refused.
   */
  Result signInToApply(
      String providerId, ExternalIdentity identity, String displayName, String acr);

  /** Journals a login response that failed a check. */
  void recordFailure(String providerId, String reason);

  /** Journals a logout. */
  void recordLogout(AuthenticatedUser user, String reason);

  /** Journals the logout of an applicant without account (A1). */
  void recordLogout(Applicant applicant, String reason);

  /** The account behind a session or token, if it still exists and is active (S11). */
  Optional<AuthenticatedUser> resolve(AccountId id);

  /** The account for an identity (bearer tokens), if it exists and is active. */
  Optional<AuthenticatedUser> resolve(ExternalIdentity identity);
}
