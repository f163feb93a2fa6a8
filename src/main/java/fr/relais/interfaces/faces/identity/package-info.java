/**
 * Page beans of the identity context (identity and email change): request- or view-scoped, they
 * only call application services.
 */
package fr.relais.interfaces.faces.identity;
