/** JPA implementations of the procedure context's repositories (procedures and deadlines). */
package fr.relais.infrastructure.persistence.jpa.procedure;
