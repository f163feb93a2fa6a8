/**
 * Shielding's application interfaces: the one sealed-data vault ({@link
 * fr.relais.application.shielding.Vault}), the only code that encrypts or decrypts sealed data (F2,
 * S12, S41), with the catalogue of what it seals under which label ({@link
 * fr.relais.application.shielding.SealedField}) and the one place where a reading for a user is
 * journaled ({@link fr.relais.application.shielding.SealedReads}); its administration by the
 * platform operator (master key rotation), and the retention job that erases what has expired and
 * anonymises the journal's references to it (S61).
 */
package fr.relais.application.shielding;
