/**
 * Page beans of the structure context (structures, members and invitations): request- or view-
 * scoped, they only call application services.
 */
package fr.relais.interfaces.faces.structure;
