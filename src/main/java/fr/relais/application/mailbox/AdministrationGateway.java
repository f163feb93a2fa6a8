package fr.relais.application.mailbox;

import fr.relais.domain.model.mailbox.AdministrationMessage;
import java.time.Duration;

/**
 * How Relais hears from the administration: the one place that knows the transport (an IMAP mailbox
 * today, an API later). The mailbox code sees only {@link AdministrationMessage}s.
 */
public interface AdministrationGateway {

  /** Receives what the mailbox does with a message. */
  @FunctionalInterface
  interface Sink {
    /**
     * @return true once the message is recorded for good (committed), or was already: the gateway
     *     may then mark it processed at its end; false leaves it waiting for the next try
     */
    boolean accept(AdministrationMessage message);
  }

  /** Whether this installation is connected to the administration at all. */
  boolean configured();

  /**
   * Hands every waiting message to the sink, one at a time, and marks processed those it accepted.
   * A message is never marked processed before the sink has returned, so that a crash at any point
   * loses nothing; the sink recognises one it has seen already.
   *
   * @return how many messages the sink accepted (and were marked processed); a message the sink
   *     refused or failed on is left for the next call, and the others are still handed over
   * @throws GatewayException when the administration's side cannot be reached
   */
  int receive(Sink sink);

  /** Waits until something may have arrived (IMAP IDLE where supported), at most {@code max}. */
  void awaitNews(Duration max);

  /** Lets go of any connection held open. */
  void close();

  /** The administration's side could not be reached. */
  class GatewayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GatewayException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
