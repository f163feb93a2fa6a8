/**
 * Page beans of the notification context (reminders): request- or view-scoped, they only call
 * application services.
 */
package fr.relais.interfaces.faces.notification;
