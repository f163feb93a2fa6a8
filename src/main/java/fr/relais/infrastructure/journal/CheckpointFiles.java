package fr.relais.infrastructure.journal;

import fr.relais.domain.model.journal.CheckpointLog;
import fr.relais.domain.model.journal.SignedCheckpoint;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where this node writes its journal checkpoints ({@code relais.journal.checkpoint.sinks}):
 *
 * <ul>
 *   <li>{@code file}: one line appended to {@code relais.journal.checkpoint.file} and forced to the
 *       disk. Put it on a volume the database's administrator does not control, append-only where
 *       the file system allows it ({@code chattr +a});
 *   <li>{@code log}: one line on the logger {@code fr.relais.journal.checkpoint}, which the server
 *       configuration sends to the system log when a syslog server is configured;
 *   <li>{@code mail}: a mail to {@code relais.journal.checkpoint.mail-to} (the operator's address),
 *       made by the one notification composer and sent through the outbox, in the checkpoint's
 *       transaction.
 * </ul>
 *
 * Verification reads the file sink's file and any other file named in {@code
 * relais.journal.checkpoint.read-files} (other nodes' files, a system-log export), picking the
 * checkpoint lines out of whatever else they hold.
 */
@ApplicationScoped
public class CheckpointFiles implements CheckpointLog {

  /** The logger that carries checkpoints to the system log. */
  public static final String LOGGER = "fr.relais.journal.checkpoint";

  private static final Logger LOG = Logger.getLogger(CheckpointFiles.class.getName());
  private static final Logger CHECKPOINTS = Logger.getLogger(LOGGER);

  @Inject
  @ConfigProperty(name = "relais.journal.checkpoint.sinks", defaultValue = "file,log")
  String sinks;

  @Inject
  @ConfigProperty(name = "relais.journal.checkpoint.file")
  Optional<String> file;

  @Inject
  @ConfigProperty(name = "relais.journal.checkpoint.read-files")
  Optional<String> readFiles;

  @Inject
  @ConfigProperty(name = "relais.journal.checkpoint.mail-to")
  Optional<String> mailTo;

  @Inject fr.relais.application.notification.NotificationComposer composer;
  @Inject fr.relais.application.notification.Outbox outbox;

  private Path path;
  private boolean toFile;
  private boolean toLog;
  private boolean toMail;

  @PostConstruct
  void init() {
    Set<String> chosen = new LinkedHashSet<>();
    for (String s : sinks.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
      if (!s.isBlank()) {
        chosen.add(s);
      }
    }
    for (String s : chosen) {
      if (!s.equals("file") && !s.equals("log") && !s.equals("mail") && !s.equals("none")) {
        throw new IllegalStateException(
            "relais.journal.checkpoint.sinks: unknown sink '" + s + "' (file, log, mail or none)");
      }
    }
    toFile = chosen.contains("file");
    toLog = chosen.contains("log");
    toMail = chosen.contains("mail") && mailTo.filter(m -> m.contains("@")).isPresent();
    if (chosen.contains("mail") && !toMail) {
      throw new IllegalStateException(
          "relais.journal.checkpoint.sinks names mail but relais.journal.checkpoint.mail-to is not"
              + " an address");
    }
    if (!toFile && !toLog && !toMail) {
      LOG.severe(
          "relais.journal.checkpoint.sinks is 'none': the journal has no anchor outside the"
              + " database, and a shortened tail would go unnoticed");
    }
    path =
        Path.of(
                file.filter(f -> !f.isBlank())
                    .orElseGet(
                        () ->
                            System.getProperty("jboss.server.data.dir", ".")
                                + "/relais-checkpoints/journal-checkpoints.log"))
            .toAbsolutePath();
  }

  @Override
  public synchronized void append(SignedCheckpoint checkpoint) {
    String line = checkpoint.toLine();
    if (toFile) {
      try {
        Files.createDirectories(path.getParent());
        try (FileChannel ch =
            FileChannel.open(
                path,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
          ch.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
          ch.force(true);
        }
      } catch (IOException e) {
        LOG.log(Level.SEVERE, "Journal checkpoint not written to " + path, e);
      }
    }
    if (toLog) {
      CHECKPOINTS.info(line);
    }
    if (toMail) {
      outbox.toAddress(
          composer.checkpoint(mailTo.get().trim(), line),
          fr.relais.domain.model.notification.NotificationKind.JOURNAL_CHECKPOINT);
    }
  }

  @Override
  public List<Line> read() {
    List<Line> lines = new ArrayList<>();
    for (Path p : readable()) {
      lines.addAll(readFile(p));
    }
    return lines;
  }

  @Override
  public Optional<SignedCheckpoint> latestWritten() {
    if (!toFile) {
      return Optional.empty();
    }
    List<Line> own = readFile(path);
    for (int i = own.size() - 1; i >= 0; i--) {
      if (own.get(i).checkpoint() != null) {
        return Optional.of(own.get(i).checkpoint());
      }
    }
    return Optional.empty();
  }

  private List<Path> readable() {
    Set<Path> paths = new LinkedHashSet<>();
    if (toFile) {
      paths.add(path);
    }
    readFiles.stream()
        .flatMap(s -> Arrays.stream(s.split(",")))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(s -> Path.of(s).toAbsolutePath())
        .forEach(paths::add);
    return List.copyOf(paths);
  }

  /** The checkpoint lines of one file; other lines are ignored. */
  public static List<Line> readFile(Path p) {
    List<Line> out = new ArrayList<>();
    try (Stream<String> s = Files.lines(p, StandardCharsets.UTF_8)) {
      int[] n = {0};
      s.forEach(
          text -> {
            n[0]++;
            String source = p.getFileName() + ":" + n[0];
            try {
              SignedCheckpoint.find(text).ifPresent(c -> out.add(new Line(source, c, null)));
            } catch (IllegalArgumentException malformed) {
              out.add(new Line(source, null, malformed.getMessage()));
            }
          });
    } catch (NoSuchFileException absent) {
      return out;
    } catch (IOException | UncheckedIOException e) {
      out.add(new Line(p.toString(), null, "unreadable: " + e.getMessage()));
    }
    return out;
  }
}
