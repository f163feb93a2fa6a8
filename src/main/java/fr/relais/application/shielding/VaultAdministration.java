package fr.relais.application.shielding;

import java.util.Map;

/**
 * The platform operator's view and action on the vault: which master key is current, how many data
 * keys each master key wraps, and the re-wrapping that follows a rotation (the data itself is never
 * re-encrypted). Nothing here shows or touches a sealed value.
 */
public interface VaultAdministration {

  record Status(String currentMasterKey, Map<String, Long> dataKeysByMasterKey) {}

  record Rewrapped(int rewrapped, Status status) {}

  /** For the platform operator only. */
  Status status();

  /**
   * Re-wraps, batch after batch, every data key another master key wraps with the current one;
   * journaled with the count. Safe to run on several nodes at once (each batch locks its keys).
   */
  Rewrapped rewrap();
}
