package fr.relais.infrastructure.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.application.shielding.Vault;
import fr.relais.application.shielding.Vault.Binding;
import fr.relais.domain.model.shielding.DataKey;
import fr.relais.domain.model.shielding.DataKeyRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault's cryptography (F2, S12, S41) against real keystores: what it seals reads back only for
 * the same owner and field, never from the database's bytes alone, not with another master key, and
 * still after a rotation that re-wraps the data keys without touching the data.
 */
class TinkVaultTest {

  private static final char[] PASSWORD = "keystore-secret".toCharArray();
  private static final String MARKER = "12 rue des Lilas, 13001 Marseille";

  @TempDir Path dir;

  private final Keys keys = new Keys();

  @Test
  void whatIsSealedReadsBackForItsOwnerAndFieldOnly() throws Exception {
    TinkVault vault = vault(keystore("relais-master-1"), null);
    UUID owner = UUID.randomUUID();
    byte[] sealed = vault.seal(new Binding("person", owner, "address"), bytes(MARKER));

    assertEquals(MARKER, text(vault.open(new Binding("person", owner, "address"), sealed)));
    // The ciphertext holds nothing of the value, and two seals of it differ (random nonces).
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("Lilas"));
    assertFalse(
        HexFormat.of().formatHex(sealed).contains(HexFormat.of().formatHex(bytes("Lilas"))));
    assertFalse(
        java.util.Arrays.equals(
            sealed, vault.seal(new Binding("person", owner, "address"), bytes(MARKER))));
    // Moved to another field, or to another owner's row: it does not decrypt.
    assertThrows(
        Vault.SealedDataUnavailableException.class,
        () -> vault.open(new Binding("person", owner, "phone"), sealed));
    UUID other = UUID.randomUUID();
    vault.seal(new Binding("person", other, "address"), bytes("ailleurs"));
    assertThrows(
        Vault.SealedDataUnavailableException.class,
        () -> vault.open(new Binding("person", other, "address"), sealed));
    // One data key per owner, wrapped: the stored key is not a usable keyset in clear.
    assertEquals(2, keys.rows.size());
    for (DataKey k : keys.rows.values()) {
      assertEquals("relais-master-1", k.masterKey());
    }
  }

  @Test
  void aValueBoundToItsRowOpensForThatRowOnly() throws Exception {
    TinkVault vault = vault(keystore("relais-master-1"), null);
    UUID person = UUID.randomUUID();
    UUID account = UUID.randomUUID();
    UUID another = UUID.randomUUID();
    Binding mine = new Binding("person", person, "account-address", account);
    byte[] sealed = vault.seal(mine, bytes(MARKER));

    assertEquals(MARKER, text(vault.open(mine, sealed)));
    // Under her one data key, yet copied to another of her rows, or read under the label her rows
    // had before they were bound, it does not decrypt.
    assertThrows(
        Vault.SealedDataUnavailableException.class,
        () -> vault.open(new Binding("person", person, "account-address", another), sealed));
    assertThrows(
        Vault.SealedDataUnavailableException.class,
        () -> vault.open(new Binding("person", person, "account-address"), sealed));
    byte[] before = vault.seal(new Binding("person", person, "account-address"), bytes("x"));
    assertThrows(Vault.SealedDataUnavailableException.class, () -> vault.open(mine, before));
    assertEquals(1, keys.rows.size(), "one data key: hers");
  }

  @Test
  void aWrappedDataKeyCopiedToAnotherOwnerDoesNotUnwrap() throws Exception {
    TinkVault vault = vault(keystore("relais-master-1"), null);
    UUID victim = UUID.randomUUID();
    UUID intruder = UUID.randomUUID();
    byte[] sealed = vault.seal(new Binding("person", victim, "address"), bytes(MARKER));
    vault.seal(new Binding("person", intruder, "address"), bytes("x"));
    // Someone with the database swaps the victim's wrapped key into his own row.
    DataKey v = keys.find("person", victim).orElseThrow();
    DataKey i = keys.find("person", intruder).orElseThrow();
    i.rewrap(v.masterKey(), v.wrapped(), java.time.Instant.now());
    assertThrows(
        Vault.SealedDataUnavailableException.class,
        () -> vault.open(new Binding("person", intruder, "address"), sealed));
  }

  @Test
  void anotherMasterKeyDecryptsNothingAndSaysSo() throws Exception {
    TinkVault vault = vault(keystore("relais-master-1"), null);
    UUID owner = UUID.randomUUID();
    byte[] sealed = vault.seal(new Binding("person", owner, "phone"), bytes("0601020304"));
    // The same database, a keystore with another key under the same name.
    TinkVault other = vault(keystore("relais-master-1"), null);
    Vault.SealedDataUnavailableException e =
        assertThrows(
            Vault.SealedDataUnavailableException.class,
            () -> other.open(new Binding("person", owner, "phone"), sealed));
    assertTrue(e.getMessage().contains("does not unwrap"), e.getMessage());
    // And a keystore that lacks the key altogether.
    TinkVault without = vault(keystore("relais-master-7"), null);
    e =
        assertThrows(
            Vault.SealedDataUnavailableException.class,
            () -> without.open(new Binding("person", owner, "phone"), sealed));
    assertTrue(e.getMessage().contains("relais-master-1"), e.getMessage());
    assertFalse(e.getMessage().contains("0601"));
    // The check made at deployment says the same, before any request.
    assertTrue(vault.selfCheck().isEmpty(), "the right keystore opens everything");
    assertTrue(other.selfCheck().get(0).contains("does not unwrap"), other.selfCheck().toString());
    assertTrue(without.selfCheck().get(0).contains("relais-master-1"));
  }

  @Test
  void rotationRewrapsDataKeysWithoutTouchingTheDataAndEverythingStaysReadable() throws Exception {
    Path first = keystore("relais-master-1");
    TinkVault before = vault(first, null);
    Map<Binding, byte[]> sealed = new LinkedHashMap<>();
    for (int i = 0; i < 25; i++) {
      Binding b = new Binding("mail-attachment", UUID.randomUUID(), "content");
      sealed.put(b, before.seal(b, bytes(MARKER + " " + i)));
    }
    // The operator adds relais-master-2 to the keystore; after a restart it is current.
    Path both = addKey(first, "relais-master-2");
    TinkVault during = vault(both, null);
    assertEquals("relais-master-2", during.status().currentMasterKey());
    assertEquals(Map.of("relais-master-1", 25L), during.status().dataKeysByMasterKey());
    Binding fresh = new Binding("mail-attachment", UUID.randomUUID(), "content");
    byte[] freshSealed = during.seal(fresh, bytes("nouveau"));
    assertEquals("relais-master-2", keys.find(fresh.kind(), fresh.owner()).get().masterKey());
    // Everything reads while the re-wrapping goes on, batch by batch.
    assertEquals(10, during.rewrapBatch(10));
    for (Map.Entry<Binding, byte[]> e : sealed.entrySet()) {
      assertTrue(text(during.open(e.getKey(), e.getValue())).startsWith(MARKER));
    }
    assertEquals(10, during.rewrapBatch(10));
    assertEquals(5, during.rewrapBatch(10));
    assertEquals(0, during.rewrapBatch(10));
    assertEquals(Map.of("relais-master-2", 26L), during.status().dataKeysByMasterKey());
    // The old key retired from the keystore: everything still reads, the data never rewritten.
    TinkVault after = vault(keystoreWith("relais-master-2", keyOf(both, "relais-master-2")), null);
    int i = 0;
    for (Map.Entry<Binding, byte[]> e : sealed.entrySet()) {
      assertEquals(MARKER + " " + i++, text(after.open(e.getKey(), e.getValue())));
    }
    assertEquals("nouveau", text(after.open(fresh, freshSealed)));
  }

  @Test
  void theCurrentKeyCanBePinnedDuringARollingRestart() throws Exception {
    Path both = addKey(keystore("relais-master-1"), "relais-master-2");
    TinkVault pinned = vault(both, "relais-master-1");
    UUID owner = UUID.randomUUID();
    pinned.seal(new Binding("person", owner, "email"), bytes("a@b.fr"));
    assertEquals("relais-master-1", keys.find("person", owner).get().masterKey());
    assertEquals(0, pinned.rewrapBatch(10), "nothing to re-wrap: every key is under the current");
  }

  // ------------------------------------------------------------------ support

  private TinkVault vault(Path keystore, String current) {
    MasterKeyStore masters = new MasterKeyStore();
    masters.keystore = Optional.of(keystore.toString());
    masters.password = Optional.of(new String(PASSWORD));
    masters.currentAlias = Optional.ofNullable(current);
    masters.development = false;
    masters.load();
    TinkVault vault = new TinkVault();
    vault.masters = masters;
    vault.keys = keys;
    return vault;
  }

  private Path keystore(String alias) throws Exception {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return keystoreWith(alias, raw);
  }

  private Path keystoreWith(String alias, byte[] raw) throws Exception {
    Path file = Files.createTempFile(dir, "vault", ".p12");
    Files.write(file, MasterKeyStore.keystore(Map.of(alias, raw), PASSWORD));
    return file;
  }

  private Path addKey(Path keystore, String alias) throws Exception {
    Map<String, byte[]> all = new TreeMap<>(MasterKeyStore.read(keystore, PASSWORD));
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    all.put(alias, raw);
    Path file = Files.createTempFile(dir, "vault", ".p12");
    Files.write(file, MasterKeyStore.keystore(all, PASSWORD));
    return file;
  }

  private static byte[] keyOf(Path keystore, String alias) {
    return MasterKeyStore.read(keystore, PASSWORD).get(alias);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  /** The database's table, in memory: what a database administrator could read and change. */
  private static final class Keys implements DataKeyRepository {
    final Map<String, DataKey> rows = new LinkedHashMap<>();

    @Override
    public Optional<DataKey> find(String ownerKind, UUID ownerId) {
      return Optional.ofNullable(rows.get(ownerKind + ":" + ownerId));
    }

    @Override
    public void add(DataKey key) {
      if (rows.putIfAbsent(key.ownerKind() + ":" + key.ownerId(), key) != null) {
        throw new IllegalStateException("unique (owner_kind, owner_id)");
      }
    }

    @Override
    public List<DataKey> claimNotWrappedBy(String current, int limit) {
      List<DataKey> out = new ArrayList<>();
      for (DataKey k : rows.values()) {
        if (!k.masterKey().equals(current) && out.size() < limit) {
          out.add(k);
        }
      }
      return out;
    }

    @Override
    public Optional<DataKey> anyWrappedBy(String masterKey) {
      return rows.values().stream().filter(k -> k.masterKey().equals(masterKey)).findFirst();
    }

    @Override
    public Map<String, Long> countByMasterKey() {
      Map<String, Long> out = new TreeMap<>();
      rows.values().forEach(k -> out.merge(k.masterKey(), 1L, Long::sum));
      return out;
    }
  }
}
