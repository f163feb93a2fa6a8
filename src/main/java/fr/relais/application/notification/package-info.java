/**
 * Telling members that something is waiting for them (H4, F4, S42): the one composer that makes
 * every outgoing mail from an event and nothing else, the member's choice per kind of event, the
 * outbox — one writer, {@link fr.relais.application.notification.Outbox}, that every mail goes
 * through — and its delivery. Interfaces here; implementations in {@code internal}.
 */
package fr.relais.application.notification;
