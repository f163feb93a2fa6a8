/**
 * Default implementations of the mandate context's services: transaction boundaries, the access
 * policy asked, the journal written.
 */
package fr.relais.application.mandate.internal;
