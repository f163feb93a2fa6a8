/**
 * The catalogue of procedure types that mandate scopes name and Relais tracks: data editable by the
 * platform operator, not an enum.
 */
package fr.relais.domain.model.catalogue;
