/**
 * Shielding (F1, F2, S12, S41): the data keys of sealed data and the consents to lifting a
 * protection. Each record or document that holds sealed data has its own data key ({@link
 * fr.relais.domain.model.shielding.DataKey}), kept in the database only wrapped by a master key
 * that is not there; a {@link fr.relais.domain.model.shielding.LiftingConsent} is the person's own
 * say that her protection may end; the retention periods of each class of data ({@link
 * fr.relais.domain.model.shielding.RetentionPolicy}, S61) and the daily job's erasures and runs.
 * The repository interfaces for all of them.
 */
package fr.relais.domain.model.shielding;
