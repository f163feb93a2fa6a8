package fr.relais.infrastructure.security;

import fr.relais.domain.model.journal.CheckpointKeys;
import fr.relais.domain.model.journal.CheckpointSignatures;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Ed25519 key that signs journal checkpoints, held outside the database like the chain key. In
 * production: {@code relais.journal.checkpoint.signing-key} (base64 PKCS#8) and {@code
 * relais.journal.checkpoint.public-key} (base64 X.509), identical on every node, plus the former
 * public keys still trusted after a rotation. Otherwise a development key file, created on first
 * start with owner-only permissions. A key that does not match its public half stops the
 * deployment.
 */
@ApplicationScoped
public class CheckpointKeyProvider implements CheckpointKeys {

  private static final Logger LOG = Logger.getLogger(CheckpointKeyProvider.class.getName());

  @Inject
  @ConfigProperty(name = "relais.journal.checkpoint.signing-key")
  Optional<String> signingKey;

  @Inject
  @ConfigProperty(name = "relais.journal.checkpoint.public-key")
  Optional<String> publicKey;

  @Inject
  @ConfigProperty(name = "relais.journal.checkpoint.former-public-keys")
  Optional<String> formerPublicKeys;

  @Inject
  @ConfigProperty(name = "relais.journal.checkpoint.key-file")
  Optional<String> keyFile;

  private CheckpointSignatures signatures;

  @PostConstruct
  void load() {
    List<PublicKey> former =
        formerPublicKeys.stream()
            .flatMap(s -> Arrays.stream(s.split("[,\\s]+")))
            .filter(s -> !s.isBlank())
            .map(CheckpointSignatures::publicKey)
            .toList();
    if (signingKey.filter(s -> !s.isBlank()).isPresent()) {
      String pub =
          publicKey
              .filter(s -> !s.isBlank())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "relais.journal.checkpoint.signing-key is set but not"
                              + " relais.journal.checkpoint.public-key"));
      signatures =
          new CheckpointSignatures(
              CheckpointSignatures.privateKey(signingKey.get()),
              CheckpointSignatures.publicKey(pub),
              former);
      return;
    }
    Path file =
        Path.of(
            keyFile.orElseGet(
                () -> System.getProperty("jboss.server.data.dir", ".") + "/relais/checkpoint.key"));
    try {
      KeyPair pair = readOrCreate(file);
      signatures = new CheckpointSignatures(pair.getPrivate(), pair.getPublic(), former);
    } catch (IOException e) {
      throw new IllegalStateException("checkpoint key unavailable at " + file, e);
    }
  }

  @Override
  public CheckpointSignatures signatures() {
    return signatures;
  }

  /**
   * Reads a development key file ({@code private=} and {@code public=} lines, base64), creating it
   * with a fresh key pair if absent.
   */
  public static KeyPair readOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      return read(file);
    }
    KeyPair pair = CheckpointSignatures.generate();
    Base64.Encoder b64 = Base64.getEncoder();
    String content =
        "# Development key of Relais's journal checkpoints (Ed25519). Configure\n"
            + "# RELAIS_JOURNAL_CHECKPOINT_SIGNING_KEY and _PUBLIC_KEY in production.\n"
            + "private="
            + b64.encodeToString(pair.getPrivate().getEncoded())
            + "\npublic="
            + b64.encodeToString(pair.getPublic().getEncoded())
            + "\n";
    if (!DevelopmentKeyFiles.createOnce(file, content)) {
      return read(file);
    }
    LOG.warning(
        "No relais.journal.checkpoint.signing-key configured: created a development checkpoint key"
            + " at "
            + file
            + ". Configure RELAIS_JOURNAL_CHECKPOINT_SIGNING_KEY in production.");
    return pair;
  }

  /** The public key of a development key file, for a verifier. */
  public static String publicKeyOf(Path file) throws IOException {
    return Base64.getEncoder().encodeToString(read(file).getPublic().getEncoded());
  }

  private static KeyPair read(Path file) throws IOException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      p.load(in);
    }
    String priv = p.getProperty("private");
    String pub = p.getProperty("public");
    if (priv == null || pub == null) {
      throw new IOException(file + " is not a checkpoint key file");
    }
    PrivateKey k = CheckpointSignatures.privateKey(priv);
    return new KeyPair(CheckpointSignatures.publicKey(pub), k);
  }
}
