package fr.relais.application.access;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountSessionId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Signed-in sessions (F3, S5): each login is recorded, each request checks its session is still
 * open, and the account's owner sees their sessions and ends any of them. Kept on the database, so
 * that a session ended on one node stops working on every node at its next request.
 */
public interface SessionService {

  /** A session as its owner sees it: when, from which kind of browser, whether it is this one. */
  record SessionView(
      String id,
      String provider,
      String client,
      Instant startedAt,
      Instant lastSeenAt,
      boolean current) {}

  /** Records a new session at login and returns its reference, kept in the HTTP session. */
  UUID open(AccountId account, String providerId, String client);

  /** Whether this session is still open; notes its activity (at most once a minute). */
  boolean stillOpen(UUID ref, AccountId account);

  /** Ends the current request's session at logout. */
  void closeCurrent();

  /** The current user's open sessions, newest first. */
  List<SessionView> mine();

  /**
   * Ends one of the current user's sessions; another user's, or one that does not exist, is
   * answered alike ({@link NotFoundException}). Journaled.
   */
  void end(AccountSessionId sessionId);

  /** Ends every session of the current user but this one; returns how many. Journaled. */
  int endOthers();
}
