/**
 * The domain model: entities, value objects and repository interfaces, free of any framework but
 * JPA mappings.
 */
package fr.relais.domain;
