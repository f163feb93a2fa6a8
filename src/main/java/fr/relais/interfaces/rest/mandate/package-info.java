/**
 * REST resources of the mandate context (mandates): thin, each maps HTTP to one application
 * service.
 */
package fr.relais.interfaces.rest.mandate;
