/** JPA implementations of the identity context's repositories (identity and email change). */
package fr.relais.infrastructure.persistence.jpa.identity;
