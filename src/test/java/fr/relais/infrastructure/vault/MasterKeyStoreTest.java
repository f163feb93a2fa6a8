package fr.relais.infrastructure.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the master keys come from, and when the server must refuse to start (S41). */
class MasterKeyStoreTest {

  @TempDir Path dir;

  @Test
  void withoutAKeystoreProductionRefusesToStart() {
    MasterKeyStore store = store(null, null, false);
    IllegalStateException e = assertThrows(IllegalStateException.class, store::load);
    assertTrue(e.getMessage().contains("RELAIS_VAULT_KEYSTORE"), e.getMessage());
  }

  @Test
  void aWrongPasswordOrAMissingFileIsSaidPlainly() throws Exception {
    Path file = dir.resolve("vault.p12");
    Files.write(
        file, MasterKeyStore.keystore(Map.of("relais-master-1", new byte[32]), "a".toCharArray()));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> store(file, "b", false).load());
    assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
    e =
        assertThrows(
            IllegalStateException.class, () -> store(dir.resolve("none.p12"), "a", false).load());
    assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> store(file, null, false).load());
    assertTrue(e.getMessage().contains("RELAIS_VAULT_KEYSTORE_PASSWORD"), e.getMessage());
  }

  @Test
  void theCurrentKeyIsTheHighestNumberUnlessPinned() throws Exception {
    Path file = dir.resolve("vault.p12");
    Files.write(
        file,
        MasterKeyStore.keystore(
            Map.of(
                "relais-master-2", new byte[32],
                "relais-master-10", new byte[32],
                "relais-master-9", new byte[32]),
            "pw".toCharArray()));
    assertEquals("relais-master-10", store(file, "pw", false).current());
    MasterKeyStore pinned = store(file, "pw", false);
    pinned.currentAlias = Optional.of("relais-master-9");
    assertEquals("relais-master-9", pinned.current());
    MasterKeyStore unknown = store(file, "pw", false);
    unknown.currentAlias = Optional.of("relais-master-3");
    assertThrows(IllegalStateException.class, unknown::load);
  }

  @Test
  void theDevelopmentKeystoreIsCreatedOnceAndKept() throws Exception {
    System.setProperty("jboss.server.data.dir", dir.toString());
    try {
      MasterKeyStore first = store(null, null, true);
      byte[] key = first.key(first.current()).orElseThrow();
      Path file = dir.resolve("relais/vault.p12");
      assertTrue(Files.exists(file));
      assertEquals(
          "rw-------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(file)));
      MasterKeyStore second = store(null, null, true);
      assertArrayEquals(key, second.key("relais-master-1").orElseThrow());
    } finally {
      System.clearProperty("jboss.server.data.dir");
    }
  }

  private static MasterKeyStore store(Path file, String password, boolean development) {
    MasterKeyStore s = new MasterKeyStore();
    s.keystore = Optional.ofNullable(file).map(Path::toString);
    s.password = Optional.ofNullable(password);
    s.currentAlias = Optional.empty();
    s.development = development;
    return s;
  }
}
