/**
 * Accounts: the local record that maps an external identity (OpenID provider issuer + subject) to a
 * role in Relais. An account is never found by email (S1, S7).
 */
package fr.relais.domain.model.access;
