/**
 * Page beans of the journal context (the journal): request- or view-scoped, they only call
 * application services.
 */
package fr.relais.interfaces.faces.journal;
