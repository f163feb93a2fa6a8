/**
 * REST resources of the person context (people and their files): thin, each maps HTTP to one
 * application service.
 */
package fr.relais.interfaces.rest.person;
