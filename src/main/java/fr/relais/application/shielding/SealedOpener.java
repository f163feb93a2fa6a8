package fr.relais.application.shielding;

import java.nio.charset.StandardCharsets;

/**
 * What opens a sealed value: a {@link SealedReads.Reading} when it is opened for a user (journaled
 * there), or the {@link Vault} itself for Relais's own work that shows it to no one (a change
 * applied from a confirmation link, a rekeying job).
 */
@FunctionalInterface
public interface SealedOpener {

  /**
   * Decrypts what the vault sealed for the same binding.
   *
   * @throws Vault.SealedDataUnavailableException when it cannot
   */
  byte[] open(Vault.Binding binding, byte[] ciphertext);

  /** A sealed text, decrypted; null when nothing was sealed. */
  default String openText(Vault.Binding binding, byte[] ciphertext) {
    return ciphertext == null
        ? null
        : new String(open(binding, ciphertext), StandardCharsets.UTF_8);
  }
}
