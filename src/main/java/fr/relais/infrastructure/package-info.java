/**
 * Technical implementations of the domain's and application's ports: JPA, OpenID Connect, clock,
 * configuration.
 */
package fr.relais.infrastructure;
