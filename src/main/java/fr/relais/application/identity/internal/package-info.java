/**
 * Default implementations of the identity context's services: transaction boundaries, the access
 * policy asked, the journal written. Parts of a service that stand on their own are package-private
 * collaborators running in its transaction: {@code AddressFlags} (addresses flagged on her file,
 * for the email changes), {@code ClaimAttachments} (a takeover claim's evidence).
 */
package fr.relais.application.identity.internal;
