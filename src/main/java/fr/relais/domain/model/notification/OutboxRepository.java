package fr.relais.domain.model.notification;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.structure.StructureId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The outbox, members' notification preferences and their digests. */
public interface OutboxRepository {

  void add(OutboxMail mail);

  /**
   * Locks and returns up to {@code limit} mails due at {@code now}, skipping those another node
   * holds ({@code FOR UPDATE SKIP LOCKED}): two nodes never send the same mail.
   */
  List<OutboxMail> claimDue(Instant now, int limit);

  /** A structure's mails in one status, newest first (keyset on creation time and id). */
  List<OutboxMail> page(
      StructureId structure,
      OutboxMail.Status status,
      Instant beforeCreatedAt,
      UUID beforeId,
      int limit);

  Map<OutboxMail.Status, Long> counts(StructureId structure);

  Map<NotificationKind, NotificationMode> preferences(AccountId account);

  void setPreference(AccountId account, NotificationKind kind, NotificationMode mode);

  /** The modes these members chose for one kind of event (absent: they did not choose). */
  Map<AccountId, NotificationMode> preferences(
      java.util.Collection<AccountId> accounts, NotificationKind kind);

  /** One digest item per entry (a member may appear several times), in one batch. */
  void addDigestItems(List<AccountId> accounts, NotificationKind kind, Instant at);

  /** Members with digest items waiting since before {@code before}. */
  List<AccountId> digestsDue(Instant before, int limit);

  /** Removes and counts a member's waiting digest items. */
  int takeDigestItems(AccountId account);
}
