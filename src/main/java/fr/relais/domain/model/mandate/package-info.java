/**
 * Mandates (B1-B3): what a person allows a structure to do for them — which procedure types, from
 * when to when, on which legal basis — with the consent document and its signed scan. No action on
 * someone's behalf without an active mandate whose scope covers it (B2).
 */
package fr.relais.domain.model.mandate;
