/**
 * Default implementations of the identity context's services: transaction boundaries, the access
 * policy asked, the journal written.
 */
package fr.relais.application.identity.internal;
