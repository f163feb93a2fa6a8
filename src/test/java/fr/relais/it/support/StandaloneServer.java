package fr.relais.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A second WildFly with Relais, beside the one Arquillian manages, for tests that must kill a
 * server: the provisioned server's binaries with a server base directory of its own (its own
 * configuration copy, deployments, data and logs), on its own ports, with the environment given.
 * {@link #kill()} ends it as a crash would (SIGKILL), {@link #stop} as an orderly stop does
 * (SIGTERM), {@link #start()} starts it again on the same data.
 */
public final class StandaloneServer implements AutoCloseable {

  /**
   * The classes that start a server of their own hold this lock: one such server at a time beside
   * the run's server, so that two starts do not compete for the machine.
   */
  public static final String ONE_AT_A_TIME = "standalone-server";

  private final Path home;
  private final Path base;
  private final int offset;
  private final Map<String, String> env;
  private Process process;

  private StandaloneServer(Path home, Path base, int offset, Map<String, String> env) {
    this.home = home;
    this.base = base;
    this.offset = offset;
    this.env = env;
  }

  /**
   * A fresh base directory under {@code target/}, its configuration copied from the provisioned
   * server and the WAR deployed.
   *
   * @param offset added to every port (HTTP 8080 + offset, management 9990 + offset)
   */
  public static StandaloneServer prepare(String name, int offset, Map<String, String> env)
      throws IOException {
    Path home = Path.of(System.getProperty("relais.server.dir")).toAbsolutePath();
    Path base = home.getParent().resolve(name).toAbsolutePath();
    deleteTree(base);
    Files.createDirectories(base.resolve("deployments"));
    Path configuration = base.resolve("configuration");
    Files.createDirectories(configuration);
    try (Stream<Path> files = Files.list(home.resolve("standalone/configuration"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path copy = configuration.resolve(f.getFileName());
        Files.copy(f, copy);
        if (f.getFileName().toString().endsWith(".xml")) {
          // The run's one deployment, made through the management API of the server Arquillian
          // manages (RunDeployment), is written in its configuration: this server deploys the WAR
          // from its own deployments directory instead.
          String xml = Files.readString(copy);
          String without = xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", "");
          if (!without.equals(xml)) {
            Files.writeString(copy, without);
          }
        }
      }
    }
    Files.copy(
        Path.of(System.getProperty("relais.war")),
        base.resolve("deployments/relais.war"),
        StandardCopyOption.REPLACE_EXISTING);
    return new StandaloneServer(home, base, offset, env);
  }

  /**
   * As {@link #prepare}, on an H2 database of its own in its data directory ({@link #h2Url}), with
   * a small demonstration, no syslog, and checkpoints in a file beside its data; {@code env} gets
   * these settings and may add others before the start.
   */
  public static StandaloneServer onItsOwnH2(String name, int offset, Map<String, String> env)
      throws IOException {
    StandaloneServer server = prepare(name, offset, env);
    env.put("RELAIS_PUBLIC_URL", server.baseUrl());
    env.put("RELAIS_DB_DRIVER", "h2");
    // As the server's default URL (wildfly-config/10-datasources.cli): H2 must not close the
    // database from its own shutdown hook while WildFly is still stopping; tools beside it come in
    // through its TCP server.
    env.put(
        "RELAIS_DB_URL",
        "jdbc:h2:file:"
            + server.h2File()
            + ";LOCK_TIMEOUT=15000;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    env.put("RELAIS_DB_H2_TCP_PORT", Integer.toString(server.h2Port()));
    env.put("RELAIS_DB_USER", "relais");
    env.put("RELAIS_DB_PASSWORD", "relais");
    env.put("RELAIS_DB_MIGRATION_USER", "");
    env.put("RELAIS_DEMO_PEOPLE_PER_STRUCTURE", "5");
    env.put("RELAIS_SYSLOG_ENABLED", "false");
    env.put("RELAIS_JOURNAL_CHECKPOINT_FILE", server.checkpointFile().toString());
    return server;
  }

  /**
   * The JDBC URL of {@link #onItsOwnH2}'s database as it is now: through the server's H2 TCP server
   * while the server runs, the file itself once it is stopped or killed. Ask again after a start or
   * a stop.
   */
  public synchronized String h2Url() {
    return process != null && process.isAlive()
        ? "jdbc:h2:tcp://127.0.0.1:" + h2Port() + "/" + h2File()
        : "jdbc:h2:file:" + h2File();
  }

  private Path h2File() {
    return dataDir().resolve("relais/relais").toAbsolutePath();
  }

  /** H2's TCP server, shifted like every other port (9092, H2's own, + offset). */
  private int h2Port() {
    return 9092 + offset;
  }

  public Path checkpointFile() {
    return dataDir().resolveSibling("checkpoints.log");
  }

  public int httpPort() {
    return 8080 + offset;
  }

  public String baseUrl() {
    return "http://localhost:" + httpPort();
  }

  public Path dataDir() {
    return base.resolve("data");
  }

  public synchronized void start() throws Exception {
    launch();
    awaitReady();
  }

  /**
   * Starts the server expecting Relais's deployment to fail: returns the server log once it says
   * the deployment failed (WildFly itself keeps running until {@link #close}).
   */
  public synchronized String startExpectingDeploymentFailure() throws Exception {
    Path log = logFile();
    Files.deleteIfExists(log);
    launch();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(log)) {
        String text = Files.readString(log);
        if (text.contains("WFLYCTL0186") || text.contains("WFLYSRV0026")) {
          return text;
        }
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the server neither failed nor started; see " + log);
  }

  private void launch() throws Exception {
    ProcessBuilder b =
        new ProcessBuilder(
                home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1",
                "-Djboss.socket.binding.port-offset=" + offset)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
    b.environment().putAll(env);
    b.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    b.environment().put("JBOSS_PIDFILE", base.resolve("server.pid").toString());
    b.environment()
        .put("JBOSS_JAVA_SIZING", System.getProperty("relais.test.jvm", "") + " -Xms256m -Xmx1g");
    process = b.start();
  }

  private void awaitReady() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server stopped; see " + base.resolve("console.log"));
      }
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + (9990 + offset) + "/health/ready"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("relais.war\":\"OK")) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the server did not become ready");
  }

  /**
   * Stops the WildFly whose pid the start script wrote ({@code JBOSS_PIDFILE}): asked to stop, then
   * killed if it is still there after 30 seconds.
   */
  public static void stopByPidFile(Path pidFile) throws IOException {
    if (!Files.exists(pidFile)) {
      return;
    }
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    ProcessHandle.of(pid)
        .ifPresent(
            h -> {
              h.destroy();
              h.onExit()
                  .orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                  .exceptionally(e -> null)
                  .join();
              if (h.isAlive()) {
                h.destroyForcibly();
              }
            });
  }

  /** This server's log, kept across its restarts. */
  public Path logFile() {
    return base.resolve("log/server.log");
  }

  /**
   * Stops the server as an operator's Ctrl-C or a service manager does: SIGTERM to its JVM, whose
   * shutdown hooks then run (WildFly's orderly stop, the application's {@code @PreDestroy}). Waits
   * for it to end, however long it takes up to {@code max}, and never kills it.
   *
   * @return how long the stop took
   * @throws IllegalStateException if it is still running after {@code max}
   */
  public synchronized Duration stop(Duration max) throws Exception {
    Path pidFile = base.resolve("server.pid");
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    ProcessHandle jvm = ProcessHandle.of(pid).orElseThrow();
    Instant start = Instant.now();
    jvm.destroy(); // SIGTERM
    try {
      jvm.onExit().get(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the server did not stop within " + max);
    }
    Duration took = Duration.between(start, Instant.now());
    process.waitFor();
    Files.deleteIfExists(pidFile);
    return took;
  }

  /** Ends the server's JVM at once, as a crash would: no shutdown hook, no last transaction. */
  public synchronized void kill() throws Exception {
    Path pidFile = base.resolve("server.pid");
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
    process.destroyForcibly();
    process.waitFor();
    Files.deleteIfExists(pidFile);
  }

  @Override
  public synchronized void close() throws Exception {
    if (process == null) {
      return;
    }
    stopByPidFile(base.resolve("server.pid"));
    process.destroy();
    process.waitFor();
  }

  private static void deleteTree(Path root) throws IOException {
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
