package fr.relais.infrastructure.security;

import fr.relais.domain.model.journal.JournalChain;
import fr.relais.domain.model.journal.JournalKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Supplies the journal chain, keyed with a secret held outside the database (S50): {@code
 * relais.journal.key} (base64, at least 32 bytes) in production, shared by every node; otherwise a
 * key file ({@code relais.journal.key-file}), created on first start with owner-only permissions
 * for development.
 */
@ApplicationScoped
public class JournalKeyProvider implements JournalKeys {

  private static final Logger LOG = Logger.getLogger(JournalKeyProvider.class.getName());

  @Inject
  @ConfigProperty(name = "relais.journal.key")
  Optional<String> keyBase64;

  @Inject
  @ConfigProperty(name = "relais.journal.key-file")
  Optional<String> keyFile;

  private JournalChain chain;

  @PostConstruct
  void load() {
    this.chain = new JournalChain(resolveKey());
  }

  @Override
  public JournalChain chain() {
    return chain;
  }

  private byte[] resolveKey() {
    if (keyBase64.isPresent() && !keyBase64.get().isBlank()) {
      return Base64.getDecoder().decode(keyBase64.get().trim());
    }
    Path file =
        Path.of(
            keyFile.orElseGet(
                () -> System.getProperty("jboss.server.data.dir", ".") + "/relais/journal.key"));
    try {
      return readOrCreate(file);
    } catch (IOException e) {
      throw new IllegalStateException("journal key unavailable at " + file, e);
    }
  }

  /** Reads a base64 key file, creating it with a fresh random key if absent. */
  public static byte[] readOrCreate(Path file) throws IOException {
    return readOrCreate(file, "relais.journal.key", "RELAIS_JOURNAL_KEY");
  }

  /**
   * Reads a base64 key file, creating it with a fresh random 32-byte key if absent, and warns that
   * the named setting should be configured in production.
   */
  public static byte[] readOrCreate(Path file, String setting, String environment)
      throws IOException {
    if (Files.exists(file)) {
      return Base64.getDecoder().decode(Files.readString(file).trim());
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    if (!DevelopmentKeyFiles.createOnce(file, Base64.getEncoder().encodeToString(key))) {
      return Base64.getDecoder().decode(Files.readString(file).trim());
    }
    LOG.warning(
        "No "
            + setting
            + " configured: created a development key at "
            + file
            + ". Configure "
            + environment
            + " in production.");
    return key;
  }
}
