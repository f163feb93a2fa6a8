package fr.relais.application.notification;

import fr.relais.application.Page;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.OutboxMail;
import fr.relais.domain.model.structure.StructureId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The outbox: its delivery (the worker) and what a structure's administrator sees of it. */
public interface OutboxService {

  /** One batch of due mails, claimed so that no other node sends them; returns how many tried. */
  int deliverDue();

  /** Sends the daily digests that are due; returns how many. */
  int sendDigests();

  /** One mail as the administrator sees it: to which member, what kind, where it stands. */
  record MailView(
      String id,
      String recipient,
      String memberName,
      NotificationKind kind,
      OutboxMail.Status status,
      int attempts,
      String lastError,
      Instant createdAt,
      Instant sentAt) {}

  /** A page of mails, with the cursor of the next one, and how many mails are in each status. */
  record StructureOutbox(List<MailView> items, String next, Map<OutboxMail.Status, Long> counts) {

    public static StructureOutbox of(Page<MailView> page, Map<OutboxMail.Status, Long> counts) {
      return new StructureOutbox(page.items(), page.next(), counts);
    }
  }

  /** The structure's mails in a status (DEAD by default), newest first. Administrators only. */
  StructureOutbox structureOutbox(
      StructureId structureId, String status, String after, Integer limit);
}
