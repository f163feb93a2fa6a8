/**
 * The structure's mailbox (A2, A5): the person's sub-address and its rotation, the administration's
 * mail filed in the person's record, the structure's inbox and triage, the platform's quarantine,
 * read marks, assignment and urgency. Mail reaches it through the one {@link
 * fr.relais.application.mailbox.AdministrationGateway}. Interfaces here; implementations in {@code
 * internal}.
 */
package fr.relais.application.mailbox;
