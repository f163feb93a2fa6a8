/**
 * Default implementations of the file context's services: transaction boundaries, the access policy
 * asked, the journal written.
 */
package fr.relais.application.file.internal;
