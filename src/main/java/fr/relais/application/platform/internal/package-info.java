/**
 * Default implementations of the platform context's services: transaction boundaries, the access
 * policy asked, the journal written.
 */
package fr.relais.application.platform.internal;
