package fr.relais.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster on a loopback port, made with the machine's own {@code initdb}
 * and {@code pg_ctl} (Debian package {@code postgresql}). Two roles mirror production: {@code
 * relais_owner} owns the schema and runs the migrations, {@code relais_app} is what the server
 * connects as and may not change the journal (S50).
 */
public final class PostgresCluster implements AutoCloseable {
  public static final String OWNER = "relais_owner";
  public static final String OWNER_PASSWORD = "owner-secret";
  public static final String APP = "relais_app";
  public static final String APP_PASSWORD = "app-secret";
  public static final String DATABASE = "relais";

  private final int port;
  private final Path dataDir;
  private final Path bin;
  private final boolean asRoot;

  private PostgresCluster(int port, Path dataDir, Path bin, boolean asRoot) {
    this.port = port;
    this.dataDir = dataDir;
    this.bin = bin;
    this.asRoot = asRoot;
  }

  /**
   * Creates a fresh cluster and starts it, with {@code fsync} off (tests need no durability); fails
   * loudly when PostgreSQL is not installed.
   */
  public static PostgresCluster start(int port) throws Exception {
    return start(port, false);
  }

  /** As {@link #start(int)}; {@code durable} keeps {@code fsync} on, as in production. */
  public static PostgresCluster start(int port, boolean durable) throws Exception {
    Path bin = findBin();
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Path.of("/tmp", "relais-it-pg-" + port);
    PostgresCluster pg = new PostgresCluster(port, dir, bin, root);
    pg.stopQuietly();
    run(List.of("rm", "-rf", dir.toString()), false);
    Files.createDirectories(dir);
    if (root) {
      run(List.of("chown", "postgres:postgres", dir.toString()), false);
    }
    pg.runAsOwner(
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C"));
    pg.runAsOwner(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-l",
            dir.resolve("server.log").toString(),
            "-o",
            "-p "
                + port
                + " -k "
                + dir
                + " -c listen_addresses=127.0.0.1"
                + (durable ? "" : " -c fsync=off"),
            "-w",
            "start"));
    try (Connection c = pg.superuser("postgres");
        Statement s = c.createStatement()) {
      s.execute("create role " + OWNER + " login password '" + OWNER_PASSWORD + "'");
      s.execute("create role " + APP + " login password '" + APP_PASSWORD + "'");
      s.execute("create database " + DATABASE + " owner " + OWNER);
    }
    try (Connection c = pg.superuser(DATABASE);
        Statement s = c.createStatement()) {
      s.execute("revoke create on schema public from public");
      s.execute("grant usage, create on schema public to " + OWNER);
      s.execute("grant usage on schema public to " + APP);
    }
    return pg;
  }

  /** The server's own log file. */
  public Path logFile() {
    return dataDir.resolve("server.log");
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  /** A superuser connection (trust authentication on loopback, test cluster only). */
  public Connection superuser(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
  }

  public Connection asApp() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), APP, APP_PASSWORD);
  }

  @Override
  public void close() {
    stopQuietly();
  }

  private void stopQuietly() {
    if (Files.exists(dataDir.resolve("data/postmaster.pid"))) {
      try {
        runAsOwner(
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                dataDir.resolve("data").toString(),
                "-m",
                "fast",
                "-w",
                "stop"));
      } catch (Exception e) {
        System.err.println("PostgreSQL did not stop cleanly: " + e);
      }
    }
  }

  private void runAsOwner(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asRoot) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    run(full, true);
  }

  private static void run(List<String> command, boolean check)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    if (check && p.exitValue() != 0) {
      throw new IOException("failed (" + p.exitValue() + "): " + command + "\n" + out);
    }
  }

  private static Path findBin() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      throw new IOException(
          "PostgreSQL is not installed (apt-get install -y postgresql); .ci/run installs it");
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
          .orElseThrow(() -> new IOException("no initdb under /usr/lib/postgresql"));
    }
  }
}
