/**
 * REST resources of the file context (documents, notes and the file export): thin, each maps HTTP
 * to one application service.
 */
package fr.relais.interfaces.rest.file;
