/**
 * Schema migrations with Flyway, run before Hibernate validates the mappings against the schema.
 */
package fr.relais.infrastructure.persistence.migration;
