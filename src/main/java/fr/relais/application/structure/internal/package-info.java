/**
 * Default implementations of the structure context's services: transaction boundaries, the access
 * policy asked, the journal written.
 */
package fr.relais.application.structure.internal;
