/**
 * REST resources of the shielding context (shielding): thin, each maps HTTP to one application
 * service.
 */
package fr.relais.interfaces.rest.shielding;
