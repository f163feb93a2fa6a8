/**
 * REST resources of the access context (login, sessions, profile and the access policy): thin, each
 * maps HTTP to one application service.
 */
package fr.relais.interfaces.rest.access;
