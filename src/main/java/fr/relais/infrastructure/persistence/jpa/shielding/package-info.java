/** JPA implementations of the shielding context's repositories (shielding). */
package fr.relais.infrastructure.persistence.jpa.shielding;
