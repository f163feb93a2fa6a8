/**
 * Default implementations of the journal context's services: transaction boundaries, the access
 * policy asked, the journal written.
 */
package fr.relais.application.journal.internal;
