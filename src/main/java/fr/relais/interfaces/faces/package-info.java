/**
 * Backing beans of the PrimeFaces pages. Request- or view-scoped, they only call application
 * services and hold nothing but view state.
 */
package fr.relais.interfaces.faces;
