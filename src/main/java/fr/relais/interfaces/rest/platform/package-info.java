/**
 * REST resources of the platform context (clock control and test support): thin, each maps HTTP to
 * one application service.
 */
package fr.relais.interfaces.rest.platform;
