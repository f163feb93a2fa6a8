package fr.relais.application.notification;

import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.OutgoingMail;
import fr.relais.domain.model.person.PersonId;
import java.util.List;

/**
 * The one way into the outbox (H4): every mail Relais sends, and every item of a daily digest, is
 * queued here in the caller's transaction — a change that rolls back sends nothing, one that
 * commits always sends. The mail itself comes from the {@link NotificationComposer}. Mail is timed
 * with the machine's time, not Relais's clock: when to try a delivery is the machine's matter.
 */
public interface Outbox {

  /** To a member's professional address; listed in her structure's outbox, if she has one. */
  void toMember(OutgoingMail mail, Account member, NotificationKind kind);

  /**
   * To a person's own address: hers, erased with her file, never listed in the structure's outbox.
   */
  void toPerson(OutgoingMail mail, PersonId person, NotificationKind kind);

  /** To an address that belongs to no account (the operator's, for the journal's checkpoints). */
  void toAddress(OutgoingMail mail, NotificationKind kind);

  /** One item of the daily digest per entry of {@code members} (a member may appear twice). */
  void toDigests(List<AccountId> members, NotificationKind kind);
}
