package fr.relais.application.notification;

import fr.relais.domain.model.notification.OutgoingMail;

/** How mail leaves Relais (SMTP). Used by the outbox worker only. */
public interface MailTransport {

  /**
   * Hands one mail to the mail server.
   *
   * @param messageId the id the mail carries, the same at every try
   * @throws Failure when the server did not take it
   */
  void send(OutgoingMail mail, String messageId) throws Failure;

  /** The server did not take the mail; {@code permanent} when trying again cannot help. */
  final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean permanent;

    public Failure(String message, boolean permanent, Throwable cause) {
      super(message, cause);
      this.permanent = permanent;
    }

    public boolean permanent() {
      return permanent;
    }
  }
}
