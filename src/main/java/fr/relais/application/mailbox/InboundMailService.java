package fr.relais.application.mailbox;

import fr.relais.domain.model.mailbox.AdministrationMessage;

/**
 * Files what the administration sends (A5): each message in the record of each person its addresses
 * designate, or in the structure's triage, or in the platform's quarantine; exactly once, whatever
 * happens.
 */
public interface InboundMailService {

  /**
   * Files one message in a transaction of its own.
   *
   * @return true when it is recorded now or was already (the same key and route)
   */
  boolean ingest(AdministrationMessage message);

  /** Receives and files what the gateway has waiting; returns how many messages came. */
  int ingestWaiting();
}
