/**
 * The deadlines Relais computes for every person followed (C5, C6): what each kind of deadline is
 * counted from, the steps at which someone is reminded of it and who, and the storage that lets
 * each step of each deadline fire once, whatever node sweeps.
 */
package fr.relais.domain.model.deadline;
