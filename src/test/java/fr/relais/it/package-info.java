/**
 * Integration tests: real WildFly, real HTTP, real providers and databases. One class a behaviour.
 */
package fr.relais.it;
