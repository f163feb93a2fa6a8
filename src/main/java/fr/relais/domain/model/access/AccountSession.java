package fr.relais.domain.model.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One signed-in session of an account (F3, S5): opened at login, seen while used, ended by logout,
 * by its owner from another session, or by an emergency lock. An ended session stops working on its
 * next request, on every node, because every request reads it here. It holds no address and no
 * token: what the person recognises is when it started, from which kind of browser, and when it was
 * last used.
 */
@Entity
@Table(name = "account_session")
public class AccountSession {

  /** How often, at most, a session's last activity is written: not on every request. */
  public static final Duration SEEN_GRANULARITY = Duration.ofMinutes(1);

  /** Why a session ended. */
  public enum Ending {
    LOGOUT,
    ENDED_BY_OWNER,
    /** Her contact address changed: every session of her login ends (S31). */
    ADDRESS_CHANGED,
    EXPIRED
  }

  @Id private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "provider_id", nullable = false, updatable = false)
  private String providerId;

  @Column(name = "client", nullable = false, updatable = false)
  private String client;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_reason")
  private String endedReason;

  protected AccountSession() {}

  public AccountSession(AccountId account, String providerId, String client, Instant at) {
    this.id = UUID.randomUUID();
    this.accountId = account.value();
    this.providerId = Objects.requireNonNull(providerId);
    this.client = client == null || client.isBlank() ? "?" : abbreviate(client.strip());
    this.startedAt = Objects.requireNonNull(at);
    this.lastSeenAt = at;
  }

  private static String abbreviate(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100);
  }

  public UUID id() {
    return id;
  }

  public AccountId account() {
    return new AccountId(accountId);
  }

  public String providerId() {
    return providerId;
  }

  public String client() {
    return client;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  public boolean isOpen() {
    return endedAt == null;
  }

  /** Records activity, at most once per {@link #SEEN_GRANULARITY}; returns whether it wrote. */
  public boolean seen(Instant at) {
    if (endedAt != null || at.isBefore(lastSeenAt.plus(SEEN_GRANULARITY))) {
      return false;
    }
    lastSeenAt = at;
    return true;
  }

  /** Ends the session once; a second end keeps the first's time and reason. */
  public void end(Ending why, Instant at) {
    if (endedAt == null) {
      endedAt = at;
      endedReason = why.name();
    }
  }
}
