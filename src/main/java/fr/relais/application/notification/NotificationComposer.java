package fr.relais.application.notification;

import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.OutgoingMail;
import java.util.Locale;

/**
 * The one composer of outgoing mail (S42). It is given an address, a language and a kind of event —
 * never a person, a message, a subject, a sender or a link that names anyone — and it makes the
 * same content-free mail: "something new is waiting for you in Relais", with a link to Relais's
 * home page. It has access to no repository.
 */
public interface NotificationComposer {

  /** The mail for one event. */
  OutgoingMail compose(String to, Locale locale, NotificationKind kind);

  /** The mail of a daily digest, whatever it gathers. */
  OutgoingMail digest(String to, Locale locale);

  /**
   * To a person's new address: the link that confirms it (E1, S30). The link holds a random token
   * and nothing else; the mail names no one and no structure. In French and in English.
   */
  OutgoingMail addressConfirmation(String to, String link);

  /**
   * To a person's old address once it was replaced (S32): that it is no longer the one Relais uses,
   * and the link that freezes her access if she did not ask for it. Never the new address.
   */
  OutgoingMail addressReplaced(String to, String freezeLink);

  /** To a person's new address once confirmed: it is now the one Relais uses to reach her. */
  OutgoingMail addressConfirmed(String to);

  /**
   * The mail that carries a signed checkpoint of the journal to the operator: the checkpoint line
   * (a size, a hash, a time, a signature — nothing about anyone) and how to verify it.
   */
  OutgoingMail checkpoint(String to, String checkpointLine);
}
