/**
 * REST resources of the identity context (identity and email change): thin, each maps HTTP to one
 * application service.
 */
package fr.relais.interfaces.rest.identity;
