package fr.relais.it.support;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts, before any test class and so before Arquillian starts WildFly, the real components the
 * server is configured to use, and stops them at the end of the run:
 *
 * <ul>
 *   <li>the local OpenID provider (mock-oauth2-server, interactive login page) for staff;
 *   <li>the scripted provider that hands out deliberately spoiled ID tokens;
 *   <li>a syslog receiver (UDP), where the server sends its journal checkpoints;
 *   <li>GreenMail (SMTP and IMAP): the deployment's catch-all mailbox, and a recording SMTP server
 *       for the server's outgoing mail;
 *   <li>PostgreSQL, when {@code relais.test.db=postgresql};
 *   <li>Keycloak in the background, when {@code relais.test.keycloak=true}.
 * </ul>
 *
 * The database of the H2 run is deleted first, so every run starts from an empty schema.
 */
public class TestEnvironment implements LauncherSessionListener {

  public static final String SCRIPTED_CLIENT_SECRET = "scripted-secret";

  private static MockOAuth2Server staffProvider;
  private static ScriptedProvider scripted;
  private static PostgresCluster postgres;
  private static KeycloakServer keycloak;
  private static SyslogReceiver syslog;
  private static MailServers mail;
  private static boolean started;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("relais.server.dir") == null) {
      return; // unit-test run: nothing to start
    }
    try {
      startAll();
    } catch (Exception e) {
      throw new IllegalStateException("test environment did not start", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    stopAll();
  }

  private static synchronized void startAll() throws Exception {
    if (started) {
      return;
    }
    started = true;
    Runtime.getRuntime().addShutdownHook(new Thread(TestEnvironment::stopAll));
    // Arquillian deploys the WAR itself; a copy left by the run command would clash with it.
    Path deployments = Path.of(System.getProperty("relais.server.dir"), "standalone/deployments");
    if (Files.isDirectory(deployments)) {
      try (Stream<Path> files = Files.list(deployments)) {
        for (Path f :
            files.filter(f -> f.getFileName().toString().startsWith("relais.war")).toList()) {
          Files.delete(f);
        }
      }
    }
    // Every run starts from an empty journal, so checkpoints of an earlier run would not match it,
    // in the checkpoint file or in the server log (kept as server.log.previous for reading).
    Files.deleteIfExists(checkpointFile());
    Path log = Path.of(System.getProperty("relais.server.dir"), "standalone/log/server.log");
    if (Files.exists(log)) {
      Files.move(
          log,
          log.resolveSibling("server.log.previous"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    if (isPostgres()) {
      postgres = PostgresCluster.start(Ports.postgres());
    } else {
      deleteTree(Path.of(System.getProperty("relais.server.dir"), "standalone/data/relais"));
    }
    if (Boolean.getBoolean("relais.test.keycloak")) {
      keycloak =
          KeycloakServer.startInBackground(
              Path.of(System.getProperty("relais.keycloak.dist")),
              Path.of(System.getProperty("relais.keycloak.work")),
              Ports.keycloak(),
              realmForThisRun());
    }
    syslog = SyslogReceiver.start(Ports.syslog());
    mail = MailServers.start(Ports.inboundSmtp(), Ports.imap(), Ports.outgoingSmtp());
    staffProvider = StaffProvider.create();
    staffProvider.start(InetAddress.getByName("127.0.0.1"), Ports.oidc());
    scripted =
        ScriptedProvider.start(
            "localhost", Ports.scripted(), "/scripted", "relais", SCRIPTED_CLIENT_SECRET);
  }

  /**
   * The realm file, its redirect URIs pointing at the HTTP port of this run: the file names the
   * default port (18080), and a run on other ports gets a copy that names its own.
   */
  private static Path realmForThisRun() throws java.io.IOException {
    Path realm = Path.of("src/test/resources/keycloak/relais-realm.json");
    if (Ports.http() == 18080) {
      return realm;
    }
    Path work = Files.createDirectories(Path.of(System.getProperty("relais.keycloak.work")));
    Path copy = work.resolve(realm.getFileName());
    Files.writeString(
        copy,
        Files.readString(realm).replace(":18080/", ":" + Ports.http() + "/"),
        java.nio.charset.StandardCharsets.UTF_8);
    return copy;
  }

  private static synchronized void stopAll() {
    if (scripted != null) {
      scripted.close();
      scripted = null;
    }
    if (staffProvider != null) {
      staffProvider.shutdown();
      staffProvider = null;
    }
    if (keycloak != null) {
      keycloak.close();
      keycloak = null;
    }
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
    if (syslog != null) {
      syslog.close();
      syslog = null;
    }
    if (mail != null) {
      mail.stop();
      mail = null;
    }
  }

  /** The mail servers: the catch-all mailbox (GreenMail) and the recording outgoing SMTP. */
  public static MailServers mail() {
    return mail;
  }

  /** The system log the server sends its journal checkpoints to. */
  public static SyslogReceiver syslog() {
    return syslog;
  }

  /** The file the server writes its journal checkpoints to in this run. */
  public static Path checkpointFile() {
    return Path.of(System.getProperty("relais.test.checkpoints"));
  }

  public static boolean isPostgres() {
    return "postgresql".equals(System.getProperty("relais.test.db", "h2"));
  }

  public static ScriptedProvider scripted() {
    return scripted;
  }

  /** Keycloak, once it answers (its start overlaps with the rest of the run). */
  public static KeycloakServer keycloak() {
    if (keycloak == null) {
      throw new IllegalStateException("Keycloak is not part of this run (relais.test.keycloak)");
    }
    keycloak.awaitReady(Duration.ofMinutes(4));
    return keycloak;
  }

  public static PostgresCluster postgres() {
    return postgres;
  }

  /**
   * A connection with every right on Relais's database, as someone with direct database access
   * would have: the H2 database the server has open, through the TCP server it runs for tools
   * beside it ({@code RELAIS_DB_H2_TCP_PORT}), or the PostgreSQL superuser.
   */
  public static Connection privilegedConnection() throws SQLException {
    if (isPostgres()) {
      return postgres.superuser(PostgresCluster.DATABASE);
    }
    Path file = Path.of(System.getProperty("relais.server.dir"), "standalone/data/relais/relais");
    return DriverManager.getConnection(
        "jdbc:h2:tcp://127.0.0.1:"
            + Integer.getInteger("relais.test.h2.port")
            + "/"
            + file.toAbsolutePath(),
        "relais",
        "relais");
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
