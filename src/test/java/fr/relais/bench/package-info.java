/** Benchmarks run by the scripts under bench/, against a real server and database. */
package fr.relais.bench;
