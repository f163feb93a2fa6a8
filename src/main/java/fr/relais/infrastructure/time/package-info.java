/**
 * The clock: system time, optionally shifted by an offset stored in the database for tests; the
 * scheduler of the jobs of the day; recurring jobs that shutdown waits for.
 */
package fr.relais.infrastructure.time;
