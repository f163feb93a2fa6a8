/**
 * H2, the development and test database: its TCP server, for tools beside a running server (H2's
 * mixed mode, made explicit so that H2 never closes the database from its own shutdown hook).
 */
package fr.relais.infrastructure.persistence.h2;
