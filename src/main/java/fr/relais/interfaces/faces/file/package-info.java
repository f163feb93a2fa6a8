/**
 * Page beans of the file context (documents, notes and the file export): request- or view-scoped,
 * they only call application services.
 */
package fr.relais.interfaces.faces.file;
