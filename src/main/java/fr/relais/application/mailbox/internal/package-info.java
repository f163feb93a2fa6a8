/**
 * Default implementations of the mailbox services: transaction boundaries live here. {@code
 * DefaultMailboxService} keeps the lists and the actions on one message and hands the rest to
 * package-private collaborators running in its transaction: {@code MailboxAddresses} (the
 * structure's address and each person's sub-address), {@code MailboxTriage} (triage and quarantine)
 * and {@code MessageViews} (one message as the access policy lets a member see it).
 */
package fr.relais.application.mailbox.internal;
