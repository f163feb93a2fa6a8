/** JPA implementations of the catalogue context's repositories (the catalogue). */
package fr.relais.infrastructure.persistence.jpa.catalogue;
