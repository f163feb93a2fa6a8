/**
 * The sealed-data vault's implementation: the master keys, read from a PKCS#12 keystore outside the
 * database ({@link fr.relais.infrastructure.vault.MasterKeyStore}), and the envelope encryption
 * with Google Tink ({@link fr.relais.infrastructure.vault.TinkVault}).
 */
package fr.relais.infrastructure.vault;
