/**
 * Default implementations of the person context's services: transaction boundaries, the access
 * policy asked, the journal written.
 */
package fr.relais.application.person.internal;
