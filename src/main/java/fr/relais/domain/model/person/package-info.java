/**
 * Accompanied people (A4): civil identity, optional foreign-national number and contact channels,
 * minors in ASE care, the protected flag, and caseload assignments to members. Contact data sits in
 * its own table ({@link fr.relais.domain.model.person.PersonContact}) so that it can be sealed as a
 * whole.
 */
package fr.relais.domain.model.person;
