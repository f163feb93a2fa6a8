/**
 * Default implementations of the access context's services: transaction boundaries, the access
 * policy asked, the journal written.
 */
package fr.relais.application.access.internal;
