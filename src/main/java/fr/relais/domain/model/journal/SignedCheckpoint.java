package fr.relais.domain.model.journal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A checkpoint with its signature and the id of the key that made it, as one line of text:
 *
 * <pre>
 * relais-checkpoint v1 origin=… size=… hash=… entry=… time=… key=… sig=…
 * </pre>
 *
 * The line is found wherever it appears in a line of a file, so a system-log export or a server log
 * can be given to a verifier as it is.
 */
public record SignedCheckpoint(Checkpoint checkpoint, String keyId, String signature) {

  /** What starts a checkpoint in a line of text. */
  public static final String MARKER = "relais-checkpoint v1 ";

  public String toLine() {
    Checkpoint c = checkpoint;
    return MARKER
        + "origin="
        + c.origin()
        + " size="
        + c.size()
        + " hash="
        + c.hash()
        + " entry="
        + c.lastEntrySeq()
        + " time="
        + c.time()
        + " key="
        + keyId
        + " sig="
        + signature;
  }

  /**
   * The checkpoint in a line of text, if it holds one.
   *
   * @throws IllegalArgumentException when the line holds the marker but not a well-formed
   *     checkpoint
   */
  public static Optional<SignedCheckpoint> find(String line) {
    int at = line.indexOf(MARKER);
    if (at < 0) {
      return Optional.empty();
    }
    Map<String, String> fields = new HashMap<>();
    for (String token : line.substring(at + MARKER.length()).trim().split("\\s+")) {
      int eq = token.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("malformed checkpoint field: " + token);
      }
      fields.put(token.substring(0, eq), token.substring(eq + 1));
    }
    try {
      Checkpoint c =
          new Checkpoint(
              required(fields, "origin"),
              Long.parseLong(required(fields, "size")),
              required(fields, "hash"),
              Long.parseLong(required(fields, "entry")),
              Instant.parse(required(fields, "time")));
      return Optional.of(new SignedCheckpoint(c, required(fields, "key"), required(fields, "sig")));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("malformed checkpoint: " + e.getMessage(), e);
    }
  }

  private static String required(Map<String, String> fields, String name) {
    String v = fields.get(name);
    if (v == null || v.isEmpty()) {
      throw new IllegalArgumentException("checkpoint without " + name);
    }
    return v;
  }
}
