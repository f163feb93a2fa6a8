/** The clock: system time, optionally shifted by an offset stored in the database for tests. */
package fr.relais.infrastructure.time;
