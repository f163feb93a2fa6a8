/**
 * Default implementations of the catalogue context's services: transaction boundaries, the access
 * policy asked, the journal written.
 */
package fr.relais.application.catalogue.internal;
