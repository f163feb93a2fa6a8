/**
 * The mailbox's REST resources: a structure's inbox, urgent messages, triage and outbox; a person's
 * sub-address and messages; one message, its attachments, read mark, urgency and assignee; the
 * operator's quarantine; a member's counts and notification preferences. Thin: each calls one
 * application service.
 */
package fr.relais.interfaces.rest.mailbox;
