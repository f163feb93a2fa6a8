package fr.relais.application.mailbox.internal;

import fr.relais.application.shielding.SealedField;
import fr.relais.application.shielding.Vault;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * What binds a sealed attachment's content in the vault: the attachment itself (a data key per
 * document, F2); its content and its name are two fields.
 */
final class SealedAttachments {

  private SealedAttachments() {}

  /** An attachment's name (null when it had none) and content, as the vault's ciphertexts. */
  record Sealed(byte[] name, byte[] content) {}

  /** Seals one attachment's name and content, bound to the attachment. */
  static Sealed seal(Vault vault, UUID attachmentId, String fileName, byte[] content) {
    return new Sealed(
        fileName == null
            ? null
            : vault.seal(name(attachmentId), fileName.getBytes(StandardCharsets.UTF_8)),
        vault.seal(content(attachmentId), content));
  }

  static Vault.Binding content(UUID attachmentId) {
    return SealedField.ATTACHMENT_CONTENT.of(attachmentId);
  }

  static Vault.Binding name(UUID attachmentId) {
    return SealedField.ATTACHMENT_NAME.of(attachmentId);
  }
}
