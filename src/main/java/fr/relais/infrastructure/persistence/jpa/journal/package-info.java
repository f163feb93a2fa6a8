/** JPA implementations of the journal context's repositories (the journal). */
package fr.relais.infrastructure.persistence.jpa.journal;
