package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.StandaloneServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wrong master key (S41): a server whose keystore does not open the sealed data of its database
 * — here a development keystore made afresh, so another key under the same name — stops its
 * deployment and says why, naming the master key and never a value; started again with the right
 * keystore, it serves as before. A second WildFly of its own, on its own H2 database.
 */
@org.junit.jupiter.api.parallel.ResourceLock(fr.relais.it.support.StandaloneServer.ONE_AT_A_TIME)
class VaultKeystoreIT {

  @Test
  void aServerWithAnotherKeystoreRefusesToStartAndSaysWhy() throws Exception {
    Map<String, String> env = new HashMap<>();
    StandaloneServer probe = StandaloneServer.onItsOwnH2("vault-server", 21_000, env);
    env.put("RELAIS_MAIL_INBOUND_ENABLED", "false");
    Path keystore = probe.dataDir().resolve("relais/vault.p12");
    Path kept = probe.dataDir().resolveSibling("vault-kept.p12");
    try (StandaloneServer server = probe) {
      server.start();
      assertTrue(
          dataKeys(server.h2Url()) > 0, "the demonstration's protected people hold sealed data");
      server.close();
      Files.move(keystore, kept);

      // Another keystore: the development one is made afresh, with another relais-master-1.
      String log = server.startExpectingDeploymentFailure();
      assertTrue(
          log.contains("The vault keystore does not open the sealed data of this database"), log);
      assertTrue(log.contains("relais-master-1"), "the master key is named");
      assertTrue(log.contains("docs/operations.md"), "and where to read what to do");
      server.close();

      // The right keystore again: it starts and serves.
      Files.copy(kept, keystore, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      server.start();
    }
  }

  private static long dataKeys(String db) throws Exception {
    try (Connection c = DriverManager.getConnection(db, "relais", "relais");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from vault_data_key")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
