package fr.relais.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A real, production-grade OpenID provider (Keycloak, from its official distribution) started by
 * the test run, so that logging in to Relais is proven against Keycloak and not only against a
 * local mock.
 *
 * <p>The distribution is extracted once under a work directory and reused by later runs; the {@code
 * relais} realm is imported at start-up. Keycloak listens on 127.0.0.1 only and announces itself as
 * {@code http://localhost:<port>}. It runs in its own JVM with a newer JDK than the tests, and
 * {@link #close()} stops that JVM and every process it started.
 *
 * <pre>{@code
 * try (KeycloakServer keycloak =
 *     KeycloakServer.startInBackground(distTarGz, workDir, 18180, realmJson)) {
 *   keycloak.awaitReady(Duration.ofMinutes(3));
 *   // ... log in through keycloak.issuer()
 * }
 * }</pre>
 */
public final class KeycloakServer implements AutoCloseable {

  /** The JDK that runs Keycloak: Keycloak 26 needs a newer one than the tests' Java 17. */
  static final Path KEYCLOAK_JAVA_HOME = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  /** Name of the realm imported from the realm file. */
  static final String REALM = "relais";

  private static final String LOG_FILE = "keycloak.log";
  private static final String MARKER_FILE = "keycloak-dist.properties";
  private static final Duration EXTRACT_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);
  private static final Duration FORCED_STOP = Duration.ofSeconds(10);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  private static final int LOG_TAIL_LINES = 80;

  private final int port;
  private final Path home;
  private final Path log;
  private final Process process;
  private final Thread shutdownHook;
  private final AtomicBoolean closed = new AtomicBoolean();

  private KeycloakServer(int port, Path home, Path log, Process process) {
    this.port = port;
    this.home = home;
    this.log = log;
    this.process = process;
    this.shutdownHook = new Thread(this::stopProcessTree, "keycloak-stop-" + port);
  }

  /**
   * Extracts the distribution tarball (unless it is already extracted under {@code workDir}) with
   * the system {@code tar} command, copies the realm file into {@code <home>/data/import/}, and
   * starts {@code bin/kc.sh start-dev} in the background on {@code 127.0.0.1:port}, with the output
   * of Keycloak in {@code workDir/keycloak.log}. Returns at once: call {@link
   * #awaitReady(Duration)} before use.
   *
   * <p>When the realm file differs from the one imported by an earlier run, the development
   * database is reset so that the new realm is imported (Keycloak skips realms that already exist).
   *
   * @param distTarGz the {@code org.keycloak:keycloak-quarkus-dist} tarball
   * @param workDir where the distribution is extracted and the log is written
   * @param port the HTTP port, which must be free on 127.0.0.1
   * @param realmJson the realm export to import
   * @throws IllegalStateException if the port is taken or the extraction fails
   * @throws UncheckedIOException if a file cannot be read or written, or Keycloak cannot start
   */
  public static KeycloakServer startInBackground(
      Path distTarGz, Path workDir, int port, Path realmJson) {
    if (!Files.isRegularFile(distTarGz)) {
      throw new IllegalArgumentException("Keycloak distribution not found: " + distTarGz);
    }
    if (!Files.isRegularFile(realmJson)) {
      throw new IllegalArgumentException("Realm file not found: " + realmJson);
    }
    if (!Files.isDirectory(KEYCLOAK_JAVA_HOME.resolve("bin"))) {
      throw new IllegalStateException("JDK for Keycloak not found: " + KEYCLOAK_JAVA_HOME);
    }
    ensurePortFree(port);
    try {
      Path work = Files.createDirectories(workDir.toAbsolutePath().normalize());
      Path home = extractIfNeeded(distTarGz.toAbsolutePath(), work);
      installRealm(home, realmJson);
      Path log = work.resolve(LOG_FILE);
      Process process = launch(home, port, log);
      KeycloakServer server = new KeycloakServer(port, home, log, process);
      Runtime.getRuntime().addShutdownHook(server.shutdownHook);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Keycloak from " + distTarGz, e);
    }
  }

  /**
   * Polls the realm's discovery document until it answers 200.
   *
   * @throws IllegalStateException with the tail of the Keycloak log, if Keycloak exits, announces
   *     another issuer, or is not ready within {@code timeout}
   */
  public void awaitReady(Duration timeout) {
    if (closed.get()) {
      throw new IllegalStateException("Keycloak on port " + port + " is already closed");
    }
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(discoveryUrl()))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String lastOutcome = "no answer yet";
    while (true) {
      if (!process.isAlive()) {
        throw failure("Keycloak exited with code " + process.exitValue() + " before being ready");
      }
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          if (!response.body().contains("\"issuer\":\"" + issuer() + "\"")) {
            throw failure("Keycloak does not announce the issuer " + issuer());
          }
          return;
        }
        lastOutcome = "HTTP " + response.statusCode();
      } catch (IOException e) {
        lastOutcome = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
      }
      if (System.nanoTime() - deadline >= 0) {
        throw failure(
            "Keycloak not ready at "
                + discoveryUrl()
                + " after "
                + timeout.toSeconds()
                + " s (last outcome: "
                + lastOutcome
                + ")");
      }
      try {
        Thread.sleep(POLL_INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
      }
    }
  }

  /** The issuer of the {@code relais} realm, as it appears in tokens. */
  public String issuer() {
    return "http://localhost:" + port + "/realms/" + REALM;
  }

  /** The OpenID Connect discovery document of the {@code relais} realm. */
  public String discoveryUrl() {
    return issuer() + "/.well-known/openid-configuration";
  }

  /**
   * Stops the Keycloak JVM and every process it started: a graceful stop first, then a forced one
   * after 20 s. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (closed.get()) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down; the hook stops the processes.
    }
    stopProcessTree();
  }

  private void stopProcessTree() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    // Collected before anything stops, while the children are still attached to their parent.
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(process.toHandle());
    try (Stream<ProcessHandle> descendants = process.descendants()) {
      descendants.forEach(tree::add);
    }
    tree.forEach(ProcessHandle::destroy);
    if (!awaitExit(tree, GRACEFUL_STOP)) {
      tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
      if (!awaitExit(tree, FORCED_STOP)) {
        throw new IllegalStateException(
            "Keycloak processes still alive after a forced stop: "
                + tree.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList());
      }
    }
  }

  private static boolean awaitExit(List<ProcessHandle> tree, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (ProcessHandle handle : tree) {
      long remaining = deadline - System.nanoTime();
      try {
        handle.onExit().get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        return false;
      } catch (ExecutionException e) {
        // onExit() does not fail; treat as not stopped and check liveness below.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return tree.stream().noneMatch(ProcessHandle::isAlive);
  }

  private IllegalStateException failure(String message) {
    return new IllegalStateException(
        message
            + "\n--- last lines of "
            + log
            + " ---\n"
            + logTail()
            + "\n--- end of "
            + log
            + " ---");
  }

  private String logTail() {
    try {
      String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      List<String> lines = text.lines().toList();
      return String.join(
          "\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  private static void ensurePortFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new IllegalStateException(
          "Port " + port + " on 127.0.0.1 is already in use: is another Keycloak still running?",
          e);
    }
  }

  /**
   * Returns the Keycloak home under {@code workDir}, extracting the tarball first unless the marker
   * file says that this very tarball was already extracted completely.
   */
  private static Path extractIfNeeded(Path distTarGz, Path workDir) throws IOException {
    String source = distTarGz.getFileName() + " " + Files.size(distTarGz);
    Path marker = workDir.resolve(MARKER_FILE);
    if (Files.isRegularFile(marker)) {
      Properties previous = new Properties();
      try (InputStream in = Files.newInputStream(marker)) {
        previous.load(in);
      }
      String homeName = previous.getProperty("home");
      if (source.equals(previous.getProperty("source"))
          && homeName != null
          && Files.isRegularFile(workDir.resolve(homeName).resolve("bin/kc.sh"))) {
        return workDir.resolve(homeName);
      }
    }
    Files.deleteIfExists(marker);

    // Extracted aside, then moved into place, so that an interrupted extraction is never reused.
    Path staging = workDir.resolve(".extract-" + UUID.randomUUID());
    Files.createDirectories(staging);
    try {
      untar(distTarGz, staging, workDir.resolve("tar.log"));
      Path extracted = singleDistributionIn(staging);
      Path home = workDir.resolve(extracted.getFileName().toString());
      deleteRecursively(home);
      Files.move(extracted, home, StandardCopyOption.ATOMIC_MOVE);
      Properties current = new Properties();
      current.setProperty("source", source);
      current.setProperty("home", home.getFileName().toString());
      try (OutputStream out = Files.newOutputStream(marker)) {
        current.store(out, "Keycloak distribution extracted here");
      }
      return home;
    } finally {
      deleteRecursively(staging);
    }
  }

  private static void untar(Path distTarGz, Path target, Path tarLog) throws IOException {
    Process tar =
        new ProcessBuilder("tar", "-xzf", distTarGz.toString(), "-C", target.toString())
            .redirectErrorStream(true)
            .redirectOutput(tarLog.toFile())
            .start();
    tar.getOutputStream().close();
    try {
      if (!tar.waitFor(EXTRACT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        tar.destroyForcibly();
        throw new IllegalStateException(
            "tar did not extract " + distTarGz + " within " + EXTRACT_TIMEOUT.toMinutes() + " min");
      }
    } catch (InterruptedException e) {
      tar.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while extracting " + distTarGz, e);
    }
    if (tar.exitValue() != 0) {
      throw new IllegalStateException(
          "tar failed with code "
              + tar.exitValue()
              + " on "
              + distTarGz
              + ":\n"
              + Files.readString(tarLog, StandardCharsets.UTF_8));
    }
  }

  private static Path singleDistributionIn(Path staging) throws IOException {
    List<Path> homes = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(staging)) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry.resolve("bin/kc.sh"))) {
          homes.add(entry);
        }
      }
    }
    if (homes.size() != 1) {
      throw new IllegalStateException(
          "Expected one Keycloak distribution (with bin/kc.sh) in the tarball, found " + homes);
    }
    return homes.get(0);
  }

  /**
   * Puts the realm file alone in {@code data/import}, and resets the development database when the
   * realm differs from the one imported before.
   */
  private static void installRealm(Path home, Path realmJson) throws IOException {
    Path importDir = Files.createDirectories(home.resolve("data/import"));
    Path installed = importDir.resolve(realmJson.getFileName().toString());
    boolean unchanged =
        Files.isRegularFile(installed) && Files.mismatch(installed, realmJson) == -1L;
    if (!unchanged) {
      deleteRecursively(home.resolve("data/h2"));
    }
    try (DirectoryStream<Path> previous = Files.newDirectoryStream(importDir, "*.json")) {
      for (Path file : previous) {
        if (!file.equals(installed)) {
          Files.delete(file);
        }
      }
    }
    Files.copy(realmJson, installed, StandardCopyOption.REPLACE_EXISTING);
  }

  private static Process launch(Path home, int port, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname=http://localhost:" + port,
                "--import-realm")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    Map<String, String> env = builder.environment();
    // Only the command line configures this Keycloak, whatever the calling shell exports.
    env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_"));
    env.put("JAVA_HOME", KEYCLOAK_JAVA_HOME.toString());
    // The run's compiler setting; Keycloak chooses its own garbage collector.
    env.put("JAVA_OPTS_APPEND", System.getProperty("relais.test.jit", ""));
    String path = env.get("PATH");
    String javaBin = KEYCLOAK_JAVA_HOME.resolve("bin").toString();
    env.put("PATH", path == null || path.isEmpty() ? javaBin : javaBin + ":" + path);
    Process process = builder.start();
    process.getOutputStream().close();
    return process;
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Override
  public String toString() {
    return "KeycloakServer[" + issuer() + ", home=" + home + ", pid=" + process.pid() + "]";
  }
}
