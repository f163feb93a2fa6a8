/** One sub-package per aggregate of the domain model. */
package fr.relais.domain.model;
