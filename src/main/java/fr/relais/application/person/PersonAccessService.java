package fr.relais.application.person;

import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.person.PersonId;
import java.time.Instant;
import java.util.List;

/**
 * An accompanied person's own access to Relais, as the structure manages it: a single-use access
 * link handed over in person (never sent to an address that may be read by someone else, S20), the
 * link in force between the record and the person's account, and its end.
 */
public interface PersonAccessService {

  /** One access link of the person, without its token. */
  record LinkView(String id, String status, Instant createdAt, Instant expiresAt) {}

  /** Where the person's own access stands. */
  record AccessView(boolean linked, Instant linkedSince, boolean canManage, List<LinkView> links) {}

  /** A new access link: the URL is shown once, to be handed over in person. */
  record LinkIssued(String id, Instant expiresAt, String link) {}

  /** Where the person's own access stands (404 for a person the member may not see, S40). */
  AccessView status(PersonId personId);

  /**
   * Creates a single-use access link valid 48 hours; a pending link of the same person is
   * withdrawn.
   *
   * @throws ConflictException when the person already has access: end it first
   */
  LinkIssued issue(PersonId personId);

  /** Withdraws the person's pending access link, if any. */
  void withdrawPending(PersonId personId);

  /**
   * Ends the person's own access now: their account loses the record on its next request (S11).
   *
   * @throws ConflictException when the person has no access in force
   */
  void end(PersonId personId, String reason);

  /** The outcome of signing in with an access link. */
  enum Redemption {
    ACCEPTED,
    INVALID,
    EXPIRED,
    ALREADY_USED,
    REVOKED,
    /** The identity belongs to a member or an agent: a staff account is never a person's own. */
    STAFF_ACCOUNT,
    /** Her access is under an emergency lock: no new linked login until it is lifted (F6). */
    LOCKED
  }

  /** Whether a token names a pending link, for the landing page. */
  Redemption check(String token);

  /**
   * Binds the link to the identity that signed in with it: creates the person's own account when
   * the identity has none, or adds the record to the person's existing account (S7: never matched
   * by email). Every outcome is journaled. {@code verifiedEmail}, the address the provider vouches
   * for (or null), is checked against her blocked persons (F5): a blocked identity gets the answer
   * of a link that does not exist, and her followers are alerted.
   */
  Redemption redeem(
      String token, ExternalIdentity identity, String displayName, String verifiedEmail);

  /**
   * Whether any record the account may see is a protected person's: their own session then gets the
   * short idle timeout (S5).
   */
  boolean anyProtectedRecord(fr.relais.domain.model.access.AccountId account);
}
