/**
 * JPA implementations of the file context's repositories (documents, notes and the file export).
 */
package fr.relais.infrastructure.persistence.jpa.file;
