/** Accompanying structures (CCAS, ASE, associations): the institutional accounts of Relais. */
package fr.relais.domain.model.structure;
