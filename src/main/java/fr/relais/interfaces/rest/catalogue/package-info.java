/**
 * REST resources of the catalogue context (the catalogue): thin, each maps HTTP to one application
 * service.
 */
package fr.relais.interfaces.rest.catalogue;
