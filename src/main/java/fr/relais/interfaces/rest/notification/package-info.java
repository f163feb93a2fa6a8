/** The REST resource of a member's notification choices. */
package fr.relais.interfaces.rest.notification;
