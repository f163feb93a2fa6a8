/**
 * Secure email change (E1, E2, S30-S32): a new address waiting apart until the link sent to it is
 * confirmed, the freeze link of the old address's notice, and the addresses flagged as possibly
 * controlled by someone else — never again hers. Entities and the repository interface.
 */
package fr.relais.domain.model.emailchange;
