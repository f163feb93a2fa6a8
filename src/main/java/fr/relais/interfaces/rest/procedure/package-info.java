/**
 * REST resources of the procedure context (procedures and deadlines): thin, each maps HTTP to one
 * application service.
 */
package fr.relais.interfaces.rest.procedure;
