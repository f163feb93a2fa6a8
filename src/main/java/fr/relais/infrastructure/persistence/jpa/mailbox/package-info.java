/** JPA implementations of the mailbox context's repositories (the mailbox). */
package fr.relais.infrastructure.persistence.jpa.mailbox;
