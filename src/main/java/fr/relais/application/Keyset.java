package fr.relais.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * How one list is read by keyset pages — the only code that reads a cursor or adds one to a page
 * size. A service declares its list once (the cursor's query parameter, the default and largest
 * page, the types of the parts of a row's key and how to read them from a row), then for each
 * request {@link #read reads} the cursor and limit it was given, hands {@link Request#lookAhead()}
 * and the typed key parts to its repository, and turns the rows it got into a {@link Page} whose
 * {@code next} encodes the key of the page's last row.
 *
 * <p>A cursor is opaque: the base64url of the key's parts in binary, tagged with their types, never
 * readable as a date or a number. A cursor this list could not have handed out — not base64url, cut
 * short, with trailing bytes, with parts of other types (another list's cursor), a date out of
 * range — gets the one refusal {@code "not a cursor from a previous page"} on the cursor's
 * parameter, and a limit outside the list's bounds {@code "between 1 and <largest>"} on {@code
 * limit} (S71). A cursor is not a secret and carries no right: the repository's query decides what
 * the caller sees, the cursor only where the page starts.
 */
public final class Keyset<R> {

  /** The type of one part of a row's key. */
  public enum Part {
    INSTANT,
    UUID,
    LONG,
    DATE,
    INT,
    STRING
  }

  /** The one reason a cursor is refused for. */
  public static final String NOT_A_CURSOR = "not a cursor from a previous page";

  /** The format's version, the cursor's first byte. */
  private static final int VERSION = 1;

  /** Longer than any cursor a list hands out. */
  private static final int LONGEST = 1024;

  private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");
  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private final String parameter;
  private final int defaultSize;
  private final int maxSize;
  private final Function<? super R, List<?>> key;
  private final List<Part> parts;

  private Keyset(
      String parameter,
      int defaultSize,
      int maxSize,
      Function<? super R, List<?>> key,
      Part... parts) {
    if (defaultSize < 1 || defaultSize > maxSize) {
      throw new IllegalArgumentException("the default page is between 1 and the largest");
    }
    if (parts.length == 0) {
      throw new IllegalArgumentException("a key has at least one part");
    }
    this.parameter = parameter;
    this.defaultSize = defaultSize;
    this.maxSize = maxSize;
    this.key = key;
    this.parts = List.of(parts);
  }

  /**
   * A list whose cursor comes in the query parameter {@code after}.
   *
   * @param key the parts of a row's key, in the order and of the types of {@code parts}
   */
  public static <R> Keyset<R> after(
      int defaultSize, int maxSize, Function<? super R, List<?>> key, Part... parts) {
    return new Keyset<>("after", defaultSize, maxSize, key, parts);
  }

  /** A list whose cursor comes in the query parameter {@code before} (newest first). */
  public static <R> Keyset<R> before(
      int defaultSize, int maxSize, Function<? super R, List<?>> key, Part... parts) {
    return new Keyset<>("before", defaultSize, maxSize, key, parts);
  }

  /**
   * The page a request asks for: its size ({@code limit}, or the list's default) and where it
   * starts ({@code cursor}: blank for the first page, else a {@code next} of this list).
   *
   * @throws InvalidInputException on {@code limit} or on the cursor's parameter
   */
  public Request<R> read(String cursor, Integer limit) {
    int size = limit == null ? defaultSize : limit;
    if (size < 1 || size > maxSize) {
      throw new InvalidInputException("limit", "between 1 and " + maxSize);
    }
    return new Request<>(this, size, cursor == null || cursor.isBlank() ? null : decode(cursor));
  }

  /** The query parameter that carries this list's cursor. */
  public String parameter() {
    return parameter;
  }

  /** What one request asks of the list: how many rows and after which key. */
  public static final class Request<R> {
    private final Keyset<R> keyset;
    private final int size;
    private final Object[] position;

    private Request(Keyset<R> keyset, int size, Object[] position) {
      this.keyset = keyset;
      this.size = size;
      this.position = position;
    }

    /** How many items the page holds at most. */
    public int size() {
      return size;
    }

    /** How many rows to fetch: one more than the page, which tells whether another page follows. */
    public int lookAhead() {
      return size + 1;
    }

    /** Whether this is the first page (no cursor given); then every key part is null. */
    public boolean first() {
      return position == null;
    }

    public Instant instant(int part) {
      return part(part, Part.INSTANT, Instant.class);
    }

    public UUID uuid(int part) {
      return part(part, Part.UUID, UUID.class);
    }

    public Long number(int part) {
      return part(part, Part.LONG, Long.class);
    }

    public LocalDate date(int part) {
      return part(part, Part.DATE, LocalDate.class);
    }

    public Integer integer(int part) {
      return part(part, Part.INT, Integer.class);
    }

    public String string(int part) {
      return part(part, Part.STRING, String.class);
    }

    private <T> T part(int i, Part type, Class<T> as) {
      if (keyset.parts.get(i) != type) {
        throw new IllegalStateException("part " + i + " is a " + keyset.parts.get(i));
      }
      return position == null ? null : as.cast(position[i]);
    }

    /**
     * The rows fetched (with {@link #lookAhead()}, or more when several queries were merged, in the
     * list's order), cut to the page: the page's rows and the cursor of the next page.
     */
    public Window<R> window(List<R> fetched) {
      if (fetched.size() <= size) {
        return new Window<>(fetched, null);
      }
      List<R> rows = fetched.subList(0, size);
      return new Window<>(rows, keyset.encode(rows.get(size - 1)));
    }
  }

  /** The rows of one page and the cursor of the next (null on the last page). */
  public static final class Window<R> {
    private final List<R> rows;
    private final String next;

    private Window(List<R> rows, String next) {
      this.rows = rows;
      this.next = next;
    }

    /** The page's rows, in the list's order. */
    public List<R> rows() {
      return rows;
    }

    /** The page of what these rows became (some may have been left out) and the next cursor. */
    public <T> Page<T> page(List<T> items) {
      return new Page<>(items, next);
    }
  }

  // The format: a version byte, then each part as a tag byte and its value.

  String encode(R row) {
    List<?> values = key.apply(row);
    if (values.size() != parts.size()) {
      throw new IllegalStateException("a key of " + parts.size() + " parts: " + values);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      for (int i = 0; i < parts.size(); i++) {
        Part part = parts.get(i);
        Object value = values.get(i);
        out.writeByte(part.ordinal() + 1);
        switch (part) {
          case INSTANT -> {
            Instant t = (Instant) value;
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
          }
          case UUID -> {
            UUID u = (UUID) value;
            out.writeLong(u.getMostSignificantBits());
            out.writeLong(u.getLeastSignificantBits());
          }
          case LONG -> out.writeLong((Long) value);
          case DATE -> out.writeLong(((LocalDate) value).toEpochDay());
          case INT -> out.writeInt((Integer) value);
          case STRING -> {
            byte[] s = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(s.length);
            out.write(s);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassCastException | NullPointerException e) {
      throw new IllegalStateException("a key of " + parts + ": " + values, e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  private Object[] decode(String cursor) {
    if (cursor.length() > LONGEST) {
      throw notACursor();
    }
    try {
      byte[] raw = Base64.getUrlDecoder().decode(cursor);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw));
      if (in.readUnsignedByte() != VERSION) {
        throw notACursor();
      }
      Object[] position = new Object[parts.size()];
      for (int i = 0; i < parts.size(); i++) {
        Part part = parts.get(i);
        if (in.readUnsignedByte() != part.ordinal() + 1) {
          throw notACursor();
        }
        position[i] =
            switch (part) {
              case INSTANT -> instant(in.readLong(), in.readInt());
              case UUID -> new UUID(in.readLong(), in.readLong());
              case LONG -> in.readLong();
              case DATE -> day(in.readLong());
              case INT -> in.readInt();
              case STRING -> string(in);
            };
      }
      if (in.available() > 0) {
        throw notACursor();
      }
      // One cursor for one position: no padding, no stray bits in the last character.
      if (!Base64.getUrlEncoder().withoutPadding().encodeToString(raw).equals(cursor)) {
        throw notACursor();
      }
      return position;
    } catch (IOException | IllegalArgumentException | DateTimeException e) {
      throw notACursor();
    }
  }

  private static Instant instant(long seconds, int nanos) {
    if (nanos < 0 || nanos > 999_999_999) {
      throw new IllegalArgumentException("nanoseconds");
    }
    Instant t = Instant.ofEpochSecond(seconds, nanos);
    if (t.isBefore(FIRST_INSTANT) || t.isAfter(LAST_INSTANT)) {
      throw new IllegalArgumentException("out of range");
    }
    return t;
  }

  private static LocalDate day(long epochDay) {
    if (epochDay < FIRST_DAY.toEpochDay() || epochDay > LAST_DAY.toEpochDay()) {
      throw new IllegalArgumentException("out of range");
    }
    return LocalDate.ofEpochDay(epochDay);
  }

  private static String string(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IllegalArgumentException("length");
    }
    byte[] s = in.readNBytes(length);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(s))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not UTF-8", e);
    }
  }

  private InvalidInputException notACursor() {
    return new InvalidInputException(parameter, NOT_A_CURSOR);
  }
}
