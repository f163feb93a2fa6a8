/**
 * REST resources of the structure context (structures, members and invitations): thin, each maps
 * HTTP to one application service.
 */
package fr.relais.interfaces.rest.structure;
