/**
 * Default implementations of the procedure context's services: transaction boundaries, the access
 * policy asked, the journal written. {@code DefaultProcedureService} is the transaction boundary of
 * {@code ProcedureService} and hands each part to a package-private collaborator running in its
 * transaction: {@code ProcedureLifecycle} (create, act by verb, requests, attestations, freezes),
 * {@code ProcedureUrgency} (the structure's list by urgency), {@code ProcedurePermits}, {@code
 * ProcedureMailLinks} (messages attached to procedures), {@code ProcedureInputs} (what a request
 * names, read and checked) and {@code ProcedureViews} (a procedure as shown).
 */
package fr.relais.application.procedure.internal;
