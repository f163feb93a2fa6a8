/**
 * JPA implementations of the access context's repositories (login, sessions, profile and the access
 * policy).
 */
package fr.relais.infrastructure.persistence.jpa.access;
