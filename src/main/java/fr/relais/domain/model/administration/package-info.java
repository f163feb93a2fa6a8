/**
 * The accounts a person holds at the administration (the ANEF's online service, E2): which one, its
 * identifier and the address it uses — sealed — and the tracked move of that address to her Relais
 * sub-address, which is what cuts an intruder off from her online file. Entities and the repository
 * interface.
 */
package fr.relais.domain.model.administration;
