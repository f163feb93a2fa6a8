package fr.relais.infrastructure.vault;

import fr.relais.application.shielding.Vault.Binding;
import fr.relais.domain.model.shielding.DataKey;
import fr.relais.domain.model.shielding.DataKeyRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * For benchmarks: vault keystores and data keys made by the vault's own code ({@link TinkVault}),
 * outside any server, so that a benchmark can load many of them into a database at once.
 */
public final class WrappedKeys {

  private WrappedKeys() {}

  /** Writes a PKCS#12 keystore with a fresh AES-256 key for each alias. */
  public static void keystore(Path file, char[] password, String... aliases) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    SecureRandom random = new SecureRandom();
    for (String alias : aliases) {
      byte[] raw = new byte[32];
      random.nextBytes(raw);
      entries.put(alias, raw);
    }
    Files.write(file, MasterKeyStore.keystore(entries, password));
  }

  /**
   * {@code n} data keys of owners of kind {@code kind}, each wrapped by {@code alias} of the
   * keystore exactly as the running vault wraps them (each with its owner as associated data).
   */
  public static List<DataKey> wrap(Path keystore, char[] password, String alias, String kind, int n)
      throws Exception {
    MasterKeyStore masters = new MasterKeyStore();
    masters.keystore = Optional.of(keystore.toString());
    masters.password = Optional.of(new String(password));
    masters.currentAlias = Optional.of(alias);
    masters.development = false;
    masters.load();
    Sink sink = new Sink();
    TinkVault vault = new TinkVault();
    vault.masters = masters;
    vault.keys = sink;
    byte[] value = "bench".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < n; i++) {
      vault.seal(new Binding(kind, UUID.randomUUID(), "value"), value);
    }
    return sink.rows;
  }

  /** Keeps what the vault adds; every owner is new, so nothing is ever found. */
  private static final class Sink implements DataKeyRepository {
    final List<DataKey> rows = new ArrayList<>();

    @Override
    public Optional<DataKey> find(String ownerKind, UUID ownerId) {
      return Optional.empty();
    }

    @Override
    public void add(DataKey key) {
      rows.add(key);
    }

    @Override
    public List<DataKey> claimNotWrappedBy(String current, int limit) {
      throw new UnsupportedOperationException("not a re-wrapping sink");
    }

    @Override
    public Optional<DataKey> anyWrappedBy(String masterKey) {
      throw new UnsupportedOperationException("not a re-wrapping sink");
    }

    @Override
    public Map<String, Long> countByMasterKey() {
      throw new UnsupportedOperationException("not a re-wrapping sink");
    }
  }
}
