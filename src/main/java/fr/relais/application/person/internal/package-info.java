/**
 * Default implementations of the person context's services: transaction boundaries, the access
 * policy asked, the journal written. {@code DefaultPersonService} keeps her file (created, read,
 * its history) and hands the rest to package-private collaborators running in its transaction:
 * {@code PersonCaseload} (lists, export, who follows whom), {@code PersonContactChange} (her
 * contact channels) and {@code PersonViews} (what is shown of her).
 */
package fr.relais.application.person.internal;
