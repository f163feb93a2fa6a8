/**
 * Use cases. Each service owns its transaction, asks {@link
 * fr.relais.application.access.AccessPolicy} before acting, and records what it did in the {@link
 * fr.relais.application.journal.Journal}. Interfaces here; implementations in {@code internal}.
 * Every list that can grow is read by keyset pages through {@link fr.relais.application.Keyset},
 * which alone reads a cursor, and answers a {@link fr.relais.application.Page}.
 */
package fr.relais.application;
