/** Implementations of shielding's application services. */
package fr.relais.application.shielding.internal;
