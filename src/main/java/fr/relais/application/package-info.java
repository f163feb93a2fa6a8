/**
 * Use cases. Each service owns its transaction, asks {@link
 * fr.relais.application.access.AccessPolicy} before acting, and records what it did in the {@link
 * fr.relais.application.journal.Journal}. Interfaces here; implementations in {@code internal}.
 */
package fr.relais.application;
