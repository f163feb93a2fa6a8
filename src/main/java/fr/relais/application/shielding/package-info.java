/**
 * Shielding's application interfaces: the one sealed-data vault ({@link
 * fr.relais.application.shielding.Vault}), the only code that encrypts or decrypts sealed data (F2,
 * S12, S41), its administration by the platform operator (master key rotation), and the retention
 * job that erases what has expired and anonymises the journal's references to it (S61).
 */
package fr.relais.application.shielding;
