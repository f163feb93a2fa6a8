package fr.relais.application.file.internal;

import fr.relais.application.shielding.SealedField;
import fr.relais.application.shielding.SealedOpener;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.document.DocumentContent;
import fr.relais.domain.model.document.DocumentVersion;
import java.nio.charset.StandardCharsets;

/**
 * A document version in the vault (F2): its title and its content, two ciphertexts bound to the
 * version and the field, each under its own data key — copied to another version, neither opens.
 */
public final class SealedDocuments {

  private SealedDocuments() {}

  static Vault.Binding title(DocumentVersion v) {
    return SealedField.DOCUMENT_TITLE.of(v.id());
  }

  static Vault.Binding content(DocumentVersion v) {
    return SealedField.DOCUMENT_CONTENT.of(v.id());
  }

  /** Seals a version held in clear, title and content, in place. */
  public static void seal(Vault vault, DocumentVersion v, DocumentContent c) {
    if (v.sealed()) {
      return;
    }
    c.seal(vault.seal(content(v), c.content()));
    v.seal(vault.seal(title(v), v.title().getBytes(StandardCharsets.UTF_8)));
  }

  /** The title, opened if sealed; the caller has asked the access policy. */
  static String title(SealedOpener opener, DocumentVersion v) {
    return v.sealed() ? opener.openText(title(v), v.sealedTitle()) : v.title();
  }

  /** The content, opened if sealed; the caller has asked the access policy. */
  public static byte[] content(SealedOpener opener, DocumentVersion v, DocumentContent c) {
    return v.sealed() ? opener.open(content(v), c.content()) : c.content();
  }
}
