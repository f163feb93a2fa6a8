/**
 * Use cases of the mandate context: mandates: scopes, legal basis, consent document, evidence,
 * revocation. Service interfaces and what they take and give; implementations in {@code internal}.
 */
package fr.relais.application.mandate;
