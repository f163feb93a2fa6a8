/**
 * Accompanied people's own access to Relais: the single-use access link a structure hands over in
 * person ({@link fr.relais.domain.model.personaccess.PersonAccessInvitation}) and the link in force
 * between a person's record and the account that redeemed it ({@link
 * fr.relais.domain.model.personaccess.PersonAccess}). Email never binds anything (S7).
 */
package fr.relais.domain.model.personaccess;
