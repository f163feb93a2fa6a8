/**
 * Default implementations of the procedure context's services: transaction boundaries, the access
 * policy asked, the journal written.
 */
package fr.relais.application.procedure.internal;
