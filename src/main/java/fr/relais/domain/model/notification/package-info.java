/**
 * Outgoing notifications (H4, F4, S42): the kinds of event a member hears of, how each member wants
 * to hear of each (a mail each time, a daily digest, nothing), and the outbox every outgoing mail
 * goes through — written in the transaction of the change it tells of, delivered by a worker, with
 * retries and a dead state; and the reminders members find in the application, each recorded once
 * (its identity: member, code, subject, date), read and written by whole pages. A notification says
 * only that something new is waiting in Relais.
 */
package fr.relais.domain.model.notification;
