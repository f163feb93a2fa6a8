/**
 * The structure's mailbox (A2, A5): one institutional address per structure and one sub-address per
 * person, its token random and opaque ({@link fr.relais.domain.model.mailbox.SubAddressToken},
 * {@link fr.relais.domain.model.mailbox.MailAddressing}); the administration's messages as they
 * came in ({@link fr.relais.domain.model.mailbox.AdministrationMessage}, transport-free) and as
 * they are kept ({@link fr.relais.domain.model.mailbox.InboundMessage}: filed in a person's record,
 * held in a structure's triage or in the platform's quarantine, never deleted), with their bodies
 * and attachments stored apart; the urgency rules, one data file of French administrative wording
 * with the due dates it implies ({@link fr.relais.domain.model.mailbox.UrgencyRules}); and the
 * repository interface of all of it.
 */
package fr.relais.domain.model.mailbox;
