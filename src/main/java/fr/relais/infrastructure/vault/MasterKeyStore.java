package fr.relais.infrastructure.vault;

import fr.relais.infrastructure.security.DevelopmentKeyFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The vault's master keys (S41): AES-256 secret keys in a PKCS#12 keystore outside the database,
 * whose location and password come from the environment ({@code RELAIS_VAULT_KEYSTORE}, {@code
 * RELAIS_VAULT_KEYSTORE_PASSWORD}). Their aliases are {@code relais-master-<n>}; the current one,
 * which wraps new data keys, is {@code relais.vault.current-key} or else the highest {@code n}.
 * Every other key of the keystore still unwraps what it wrapped, so that rotation is: add a key
 * ({@code keytool -genseckey}), make it current, re-wrap, and only then retire the old one.
 *
 * <p>Without a keystore the deployment does not start — unless {@code
 * relais.vault.development-keystore} is true (the run command, the tests), which creates one on
 * first start beside the server's data. Read at start-up: a key added later is seen after a
 * restart.
 */
@ApplicationScoped
public class MasterKeyStore {

  private static final Logger LOG = Logger.getLogger(MasterKeyStore.class.getName());
  static final Pattern ALIAS = Pattern.compile("relais-master-([1-9][0-9]{0,5})");
  static final String DEVELOPMENT_PASSWORD = "relais-development-only";

  @Inject
  @ConfigProperty(name = "relais.vault.keystore")
  Optional<String> keystore;

  @Inject
  @ConfigProperty(name = "relais.vault.keystore-password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "relais.vault.current-key")
  Optional<String> currentAlias;

  @Inject
  @ConfigProperty(name = "relais.vault.development-keystore", defaultValue = "false")
  boolean development;

  private Map<String, byte[]> keys;
  private String current;

  /** Read at deployment, so that a missing or unreadable keystore stops it with the reason. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    load();
  }

  synchronized void load() {
    if (keys != null) {
      return;
    }
    Path file;
    char[] pwd;
    if (keystore.filter(k -> !k.isBlank()).isPresent()) {
      file = Path.of(keystore.get().trim());
      pwd =
          password
              .filter(p -> !p.isEmpty())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "relais.vault.keystore is set but relais.vault.keystore-password is"
                              + " not (RELAIS_VAULT_KEYSTORE_PASSWORD)"))
              .toCharArray();
    } else if (development) {
      file = Path.of(System.getProperty("jboss.server.data.dir", "."), "relais", "vault.p12");
      pwd = password.filter(p -> !p.isEmpty()).orElse(DEVELOPMENT_PASSWORD).toCharArray();
      createDevelopmentKeystore(file, pwd);
    } else {
      throw new IllegalStateException(
          "No vault keystore: set RELAIS_VAULT_KEYSTORE (a PKCS#12 file outside the database, with"
              + " an AES-256 key aliased relais-master-1) and RELAIS_VAULT_KEYSTORE_PASSWORD;"
              + " see docs/operations.md. Sealed data cannot be kept without it.");
    }
    Map<String, byte[]> read = read(file, pwd);
    String chosen =
        currentAlias
            .filter(a -> !a.isBlank())
            .map(String::trim)
            .orElseGet(() -> ((TreeMap<String, byte[]>) read).lastKey());
    if (!read.containsKey(chosen)) {
      throw new IllegalStateException(
          "relais.vault.current-key " + chosen + " is not a key of the vault keystore " + file);
    }
    this.keys = Collections.unmodifiableMap(read);
    this.current = chosen;
    LOG.info("Vault: " + read.size() + " master key(s) in " + file + ", current " + chosen);
  }

  /** The current master key's alias. */
  public String current() {
    load();
    return current;
  }

  /** The raw bytes of a master key, or empty when this keystore does not hold it. */
  Optional<byte[]> key(String alias) {
    load();
    return Optional.ofNullable(keys.get(alias)).map(byte[]::clone);
  }

  /**
   * The keys of a PKCS#12 keystore, in alias order ({@code relais-master-2} before {@code -10}).
   */
  static Map<String, byte[]> read(Path file, char[] pwd) {
    if (!Files.isReadable(file)) {
      throw new IllegalStateException("The vault keystore " + file + " cannot be read");
    }
    TreeMap<String, byte[]> out = new TreeMap<>((a, b) -> Integer.compare(number(a), number(b)));
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, pwd);
      for (String alias : Collections.list(ks.aliases())) {
        if (!ALIAS.matcher(alias).matches()) {
          continue; // not one of ours
        }
        Key k = ks.getKey(alias, pwd);
        if (!(k instanceof SecretKey) || k.getEncoded() == null || k.getEncoded().length != 32) {
          throw new IllegalStateException(
              "The vault keystore entry " + alias + " is not an AES-256 secret key");
        }
        out.put(alias, k.getEncoded());
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "The vault keystore "
              + file
              + " cannot be opened (wrong password, or not PKCS#12): "
              + e.getMessage(),
          e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(
          "The vault keystore " + file + " holds no AES-256 key aliased relais-master-<n>");
    }
    return out;
  }

  private static int number(String alias) {
    Matcher m = ALIAS.matcher(alias);
    if (!m.matches()) {
      throw new IllegalArgumentException(alias);
    }
    return Integer.parseInt(m.group(1));
  }

  /** A keystore with one fresh key, created once (a second start keeps the first's). */
  static void createDevelopmentKeystore(Path file, char[] pwd) {
    if (Files.exists(file)) {
      return;
    }
    try {
      byte[] raw = new byte[32];
      new SecureRandom().nextBytes(raw);
      if (DevelopmentKeyFiles.createOnce(file, keystore(Map.of("relais-master-1", raw), pwd))) {
        LOG.warning(
            "No vault keystore configured: created a development one at "
                + file
                + ". Configure RELAIS_VAULT_KEYSTORE in production.");
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot create the development vault keystore " + file, e);
    }
  }

  /** A PKCS#12 keystore holding these AES keys, as bytes. */
  static byte[] keystore(Map<String, byte[]> entries, char[] pwd)
      throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, pwd);
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      ks.setEntry(
          e.getKey(),
          new KeyStore.SecretKeyEntry(new SecretKeySpec(e.getValue(), "AES")),
          new KeyStore.PasswordProtection(pwd));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ks.store(out, pwd);
    // Read back once, so that a keystore this JDK cannot read is never written.
    KeyStore.getInstance("PKCS12").load(new ByteArrayInputStream(out.toByteArray()), pwd);
    return out.toByteArray();
  }
}
