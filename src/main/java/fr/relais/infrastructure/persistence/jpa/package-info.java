/** JPA implementations of the domain repositories; the only code that writes JPQL. */
package fr.relais.infrastructure.persistence.jpa;
