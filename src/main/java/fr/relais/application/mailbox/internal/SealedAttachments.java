package fr.relais.application.mailbox.internal;

import fr.relais.application.shielding.Vault;
import java.util.UUID;

/**
 * What binds a sealed attachment's content in the vault: the attachment itself (a data key per
 * document, F2); its content and its name are two fields.
 */
final class SealedAttachments {

  private SealedAttachments() {}

  static Vault.Binding content(UUID attachmentId) {
    return new Vault.Binding("mail-attachment", attachmentId, "content");
  }

  static Vault.Binding name(UUID attachmentId) {
    return new Vault.Binding("mail-attachment", attachmentId, "file-name");
  }
}
