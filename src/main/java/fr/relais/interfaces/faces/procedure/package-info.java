/**
 * Page beans of the procedure context (procedures, their blockages, deadlines): request- or
 * view-scoped, they only call application services; {@code ProcedureForms} holds what the
 * procedures page's forms share.
 */
package fr.relais.interfaces.faces.procedure;
