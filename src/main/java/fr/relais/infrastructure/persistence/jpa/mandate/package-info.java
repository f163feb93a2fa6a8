/** JPA implementations of the mandate context's repositories (mandates). */
package fr.relais.infrastructure.persistence.jpa.mandate;
