/** Default implementations of the notification services: transaction boundaries live here. */
package fr.relais.application.notification.internal;
