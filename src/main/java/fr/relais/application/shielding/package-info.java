/**
 * Shielding's application interfaces: the one sealed-data vault ({@link
 * fr.relais.application.shielding.Vault}), the only code that encrypts or decrypts sealed data (F2,
 * S12, S41), and its administration by the platform operator (master key rotation).
 */
package fr.relais.application.shielding;
