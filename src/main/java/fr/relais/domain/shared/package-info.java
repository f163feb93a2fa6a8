/** Small value types shared by several aggregates; the one clock, job claim and digest. */
package fr.relais.domain.shared;
