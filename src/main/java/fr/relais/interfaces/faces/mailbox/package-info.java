/**
 * Backing beans of the mailbox pages: the structure's inbox, one message, a person's messages and
 * sub-address, the triage, the outbox's dead mails, the operator's quarantine and a member's
 * notification choices. They only call application services.
 */
package fr.relais.interfaces.faces.mailbox;
