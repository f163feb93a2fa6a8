/**
 * The sealed-data vault's implementation: the master keys, read from a PKCS#12 keystore outside the
 * database ({@link fr.relais.infrastructure.vault.MasterKeyStore}), and the envelope encryption
 * with Google Tink ({@link fr.relais.infrastructure.vault.TinkVault}); the check at deployment that
 * the keystore opens the data keys the database holds ({@link
 * fr.relais.infrastructure.vault.VaultStartupCheck}).
 */
package fr.relais.infrastructure.vault;
