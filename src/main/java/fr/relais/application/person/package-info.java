/**
 * Use cases of the person context: accompanied people: their files, contact and places, caseloads,
 * her own access and her own space, closing a file; her contact kept as the use cases keep it, for
 * the start-up data ({@link fr.relais.application.person.PersonContacts}). Service interfaces and
 * what they take and give; implementations in {@code internal}.
 */
package fr.relais.application.person;
