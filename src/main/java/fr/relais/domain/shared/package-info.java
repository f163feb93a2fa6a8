/** Small value types shared by several aggregates. */
package fr.relais.domain.shared;
