/**
 * Shielding (F2, S12, S41): the data keys of sealed data. Each record or document that holds sealed
 * data has its own data key ({@link fr.relais.domain.model.shielding.DataKey}), kept in the
 * database only wrapped by a master key that is not there; the repository interface for them.
 */
package fr.relais.domain.model.shielding;
