/** JPA implementations of the person context's repositories (people and their files). */
package fr.relais.infrastructure.persistence.jpa.person;
