/**
 * JPA implementations of the domain repositories and of the application's persistence ports (job
 * claims, the benchmark's plain write); the only code that writes JPQL.
 */
package fr.relais.infrastructure.persistence.jpa;
