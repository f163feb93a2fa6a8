/**
 * REST resources of the journal context (the journal): thin, each maps HTTP to one application
 * service.
 */
package fr.relais.interfaces.rest.journal;
