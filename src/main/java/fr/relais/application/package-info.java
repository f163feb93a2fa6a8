/**
 * Use cases. Each service owns its transaction, asks {@link fr.relais.application.AccessPolicy}
 * before acting, and records what it did in the {@link fr.relais.application.Journal}. Interfaces
 * here; implementations in {@code internal}.
 */
package fr.relais.application;
