/**
 * Page beans of the procedure context (procedures and deadlines): request- or view-scoped, they
 * only call application services.
 */
package fr.relais.interfaces.faces.procedure;
