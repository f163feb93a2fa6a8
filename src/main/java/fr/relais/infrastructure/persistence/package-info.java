/** Persistence: JPA repositories and schema migrations. */
package fr.relais.infrastructure.persistence;
