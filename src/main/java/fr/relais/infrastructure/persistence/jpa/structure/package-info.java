/**
 * JPA implementations of the structure context's repositories (structures, members and
 * invitations).
 */
package fr.relais.infrastructure.persistence.jpa.structure;
