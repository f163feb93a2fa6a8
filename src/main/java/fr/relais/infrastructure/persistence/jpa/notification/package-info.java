/** JPA implementations of the notification context's repositories (reminders). */
package fr.relais.infrastructure.persistence.jpa.notification;
