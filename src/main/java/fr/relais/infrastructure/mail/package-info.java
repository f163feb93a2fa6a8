/**
 * Mail: the administration gateway over IMAP (Jakarta Mail, the server's Angus implementation) and
 * its MIME parsing, the HTML sanitiser (OWASP Java HTML Sanitizer), the SMTP transport of the
 * outbox, the deployment's addressing, and the workers: the inbound reader (one node at a time, by
 * lease) and the outbox and digest jobs.
 */
package fr.relais.infrastructure.mail;
