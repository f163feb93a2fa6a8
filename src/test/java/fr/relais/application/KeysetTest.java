package fr.relais.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.application.Keyset.Part;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** S71: one opaque cursor per list, one limit check, one refusal for whatever is not a cursor. */
class KeysetTest {

  /** A row whose key has one part of every type. */
  record Row(Instant at, UUID id, long seq, LocalDate day, int level, String name) {}

  private static final Keyset<Row> EVERY_PART =
      Keyset.after(
          20,
          100,
          r -> List.of(r.at(), r.id(), r.seq(), r.day(), r.level(), r.name()),
          Part.INSTANT,
          Part.UUID,
          Part.LONG,
          Part.DATE,
          Part.INT,
          Part.STRING);

  /** A list keyed like the notes or the inbox: an instant and an id. */
  private static final Keyset<Row> BY_TIME =
      Keyset.before(20, 100, r -> List.of(r.at(), r.id()), Part.INSTANT, Part.UUID);

  private static final Row ROW =
      new Row(
          Instant.parse("2026-12-07T09:15:30.123456789Z"),
          UUID.fromString("6f1c2a8e-3b4d-4e5f-9a0b-1c2d3e4f5a6b"),
          123456789L,
          LocalDate.of(2027, 3, 31),
          -7,
          "Bouzid\u0000Samira | é_ß 🙂");

  private static String cursorOf(Keyset<Row> keyset, Row row) {
    return keyset.encode(row);
  }

  @Test
  void everyPartComesBackAsItWent() {
    Keyset.Request<Row> next = EVERY_PART.read(cursorOf(EVERY_PART, ROW), 5);
    assertFalse(next.first());
    assertEquals(ROW.at(), next.instant(0));
    assertEquals(ROW.id(), next.uuid(1));
    assertEquals(ROW.seq(), next.number(2));
    assertEquals(ROW.day(), next.date(3));
    assertEquals(ROW.level(), next.integer(4));
    assertEquals(ROW.name(), next.string(5));
  }

  @Test
  void extremeValuesComeBackToo() {
    Row edge =
        new Row(
            Instant.parse("0001-01-01T00:00:00Z"),
            new UUID(Long.MIN_VALUE, Long.MAX_VALUE),
            Long.MAX_VALUE,
            LocalDate.of(9999, 12, 31),
            Integer.MIN_VALUE,
            "");
    Keyset.Request<Row> next = EVERY_PART.read(cursorOf(EVERY_PART, edge), null);
    assertEquals(edge.at(), next.instant(0));
    assertEquals(edge.id(), next.uuid(1));
    assertEquals(Long.MAX_VALUE, next.number(2));
    assertEquals(edge.day(), next.date(3));
    assertEquals(Integer.MIN_VALUE, next.integer(4));
    assertEquals("", next.string(5));
  }

  @Test
  void aCursorIsOpaque() {
    String cursor = cursorOf(EVERY_PART, ROW);
    assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    String inside = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
    for (String readable : List.of("2026", "2027-03-31", "123456789", ROW.id().toString())) {
      assertFalse(cursor.contains(readable), readable);
      assertFalse(inside.contains(readable), readable);
    }
    String bySeq = cursorOf(Keyset.before(50, 200, r -> List.of(r.seq()), Part.LONG), ROW);
    assertFalse(bySeq.matches("[0-9]+"), bySeq);
  }

  @Test
  void theFirstPageHasNoKey() {
    for (String none : new String[] {null, "", "  "}) {
      Keyset.Request<Row> first = EVERY_PART.read(none, null);
      assertTrue(first.first());
      assertNull(first.instant(0));
      assertNull(first.uuid(1));
      assertNull(first.number(2));
      assertNull(first.date(3));
      assertNull(first.integer(4));
      assertNull(first.string(5));
    }
  }

  @Test
  void theLimitIsTheListsDefaultOrBetweenOneAndItsLargest() {
    assertEquals(20, BY_TIME.read(null, null).size());
    assertEquals(21, BY_TIME.read(null, null).lookAhead());
    assertEquals(1, BY_TIME.read(null, 1).size());
    assertEquals(100, BY_TIME.read(null, 100).size());
    assertEquals(101, BY_TIME.read(null, 100).lookAhead());
    for (int wrong : new int[] {0, -1, 101, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> BY_TIME.read(null, wrong));
      assertEquals(
          List.of(new InvalidInputException.Violation("limit", "between 1 and 100")),
          e.violations());
    }
  }

  @Test
  void aWrongLimitIsToldBeforeAWrongCursor() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> BY_TIME.read("hier", 0));
    assertEquals("limit", e.violations().get(0).field());
  }

  @Test
  void theLookAheadRowTellsThatAnotherPageFollows() {
    List<Row> rows = rows(6);
    Keyset.Request<Row> asked = BY_TIME.read(null, 5);

    Keyset.Window<Row> full = asked.window(rows);
    assertEquals(rows.subList(0, 5), full.rows());
    Page<String> page = full.page(List.of("a", "b"));
    assertEquals(List.of("a", "b"), page.items(), "the items as given, some left out");
    assertEquals(cursorOf(BY_TIME, rows.get(4)), page.next(), "the key of the page's last row");

    Keyset.Request<Row> second = BY_TIME.read(page.next(), 5);
    assertEquals(rows.get(4).at(), second.instant(0));
    assertEquals(rows.get(4).id(), second.uuid(1));

    assertNull(asked.window(rows.subList(0, 5)).page(List.of()).next(), "exactly a page: last");
    assertNull(asked.window(rows.subList(0, 2)).page(List.of()).next());
    assertEquals(rows.subList(0, 2), asked.window(rows.subList(0, 2)).rows());
    assertNull(asked.window(List.of()).page(List.of()).next());
  }

  @Test
  void rowsMergedFromSeveralQueriesAreCutToOnePage() {
    List<Row> merged = rows(12);
    Keyset.Window<Row> window = BY_TIME.read(null, 5).window(merged);
    assertEquals(merged.subList(0, 5), window.rows());
    assertEquals(cursorOf(BY_TIME, merged.get(4)), window.page(List.of()).next());
  }

  @Test
  void theEmptyPage() {
    assertEquals(List.of(), Page.empty().items());
    assertNull(Page.empty().next());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "hier",
        "pas-un-curseur",
        "not-a-cursor",
        "12",
        "2026-12-07_6f1c2a8e-3b4d-4e5f-9a0b-1c2d3e4f5a6b",
        "2026-12-07T09:15:30Z_6f1c2a8e-3b4d-4e5f-9a0b-1c2d3e4f5a6b",
        "MjAyNi0xMi0wN1QwOToxNTozMFp8NmYxYzJhOGUtM2I0ZC00ZTVmLTlhMGItMWMyZDNlNGY1YTZi",
        "!!!!",
        "AQ",
        "a b",
        "%00",
      })
  void whatIsNotACursorIsRefusedOnTheCursorsParameter(String bad) {
    assertNotACursor(BY_TIME, "before", bad);
    assertNotACursor(EVERY_PART, "after", bad);
  }

  @Test
  void aCursorOfAnotherListIsRefused() {
    String byTime = cursorOf(BY_TIME, ROW);
    assertNotACursor(EVERY_PART, "after", byTime);
    assertNotACursor(BY_TIME, "before", cursorOf(EVERY_PART, ROW));
    Keyset<Row> byUrgency =
        Keyset.after(
            50, 200, r -> List.of(r.level(), r.at(), r.id()), Part.INT, Part.INSTANT, Part.UUID);
    assertNotACursor(byUrgency, "after", byTime);
    Keyset<Row> byDay = Keyset.after(50, 200, r -> List.of(r.day(), r.id()), Part.DATE, Part.UUID);
    assertNotACursor(byDay, "after", byTime);
  }

  @Test
  void aCursorCutShortOrLengthenedIsRefused() {
    String good = cursorOf(BY_TIME, ROW);
    byte[] raw = Base64.getUrlDecoder().decode(good);
    for (int cut = 1; cut < raw.length; cut++) {
      byte[] shorter = java.util.Arrays.copyOf(raw, cut);
      assertNotACursor(BY_TIME, "before", encode(shorter));
    }
    assertNotACursor(BY_TIME, "before", encode(java.util.Arrays.copyOf(raw, raw.length + 1)));
    assertNotACursor(BY_TIME, "before", good + "A");
    assertNotACursor(BY_TIME, "before", good.substring(0, good.length() - 1));
  }

  @Test
  void onlyTheCursorAsHandedOutIsAccepted() {
    String good = cursorOf(BY_TIME, ROW);
    // With padding, or with other bits after the last byte (31 bytes: the last character carries
    // four bits of nothing): the same bytes, another cursor.
    String padded = Base64.getUrlEncoder().encodeToString(Base64.getUrlDecoder().decode(good));
    if (!padded.equals(good)) {
      assertNotACursor(BY_TIME, "before", padded);
    }
    char last = good.charAt(good.length() - 1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    String strayBits =
        good.substring(0, good.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);
    assertNotACursor(BY_TIME, "before", strayBits);
    assertNotACursor(BY_TIME, "before", "A".repeat(2000));
  }

  @Test
  void aCursorOfAnotherVersionIsRefused() throws IOException {
    assertNotACursor(BY_TIME, "before", encode(bytes(2, out -> timeAndId(out))));
    assertEquals(ROW.at(), BY_TIME.read(encode(bytes(1, out -> timeAndId(out))), 1).instant(0));
  }

  @Test
  void valuesOutOfRangeAreRefused() throws IOException {
    // An instant before year 1 or after 9999, nanoseconds out of a second.
    assertNotACursor(
        BY_TIME, "before", encode(bytes(1, out -> instantAndId(out, -62135596801L, 0))));
    assertNotACursor(
        BY_TIME, "before", encode(bytes(1, out -> instantAndId(out, 253402300800L, 0))));
    assertNotACursor(BY_TIME, "before", encode(bytes(1, out -> instantAndId(out, 0, -1))));
    assertNotACursor(
        BY_TIME, "before", encode(bytes(1, out -> instantAndId(out, 0, 1_000_000_000))));
    assertNotACursor(
        BY_TIME, "before", encode(bytes(1, out -> instantAndId(out, Long.MAX_VALUE, 0))));
    // A day after 9999-12-31.
    Keyset<Row> byDay = Keyset.after(50, 200, r -> List.of(r.day(), r.id()), Part.DATE, Part.UUID);
    assertNotACursor(
        byDay,
        "after",
        encode(
            bytes(
                1,
                out -> {
                  out.writeByte(Part.DATE.ordinal() + 1);
                  out.writeLong(LocalDate.of(9999, 12, 31).toEpochDay() + 1);
                  uuid(out);
                })));
  }

  @Test
  void aStringThatIsNotUtf8OrLongerThanTheCursorIsRefused() throws IOException {
    Keyset<Row> byName = Keyset.after(50, 200, r -> List.of(r.name()), Part.STRING);
    assertNotACursor(
        byName,
        "after",
        encode(
            bytes(
                1,
                out -> {
                  out.writeByte(Part.STRING.ordinal() + 1);
                  out.writeInt(2);
                  out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
                })));
    for (int length : new int[] {3, -1, Integer.MAX_VALUE}) {
      assertNotACursor(
          byName,
          "after",
          encode(
              bytes(
                  1,
                  out -> {
                    out.writeByte(Part.STRING.ordinal() + 1);
                    out.writeInt(length);
                    out.write(new byte[] {'a', 'b'});
                  })));
    }
  }

  @Test
  void aKeyThatIsNotTheListsIsAMistakeInTheCode() {
    Keyset<Row> wrongCount = Keyset.after(20, 100, r -> List.of(r.at()), Part.INSTANT, Part.UUID);
    assertThrows(IllegalStateException.class, () -> wrongCount.encode(ROW));
    Keyset<Row> wrongType =
        Keyset.after(20, 100, r -> List.of(r.id(), r.at()), Part.INSTANT, Part.UUID);
    assertThrows(IllegalStateException.class, () -> wrongType.encode(ROW));
    Keyset.Request<Row> asked = BY_TIME.read(null, null);
    assertThrows(IllegalStateException.class, () -> asked.date(0));
    assertThrows(
        IllegalArgumentException.class, () -> Keyset.after(0, 10, r -> List.of(), Part.LONG));
    assertThrows(
        IllegalArgumentException.class, () -> Keyset.after(11, 10, r -> List.of(), Part.LONG));
    assertThrows(IllegalArgumentException.class, () -> Keyset.after(1, 10, r -> List.of()));
  }

  @Test
  void theParameterIsTheOneTheListReadsItsCursorFrom() {
    assertEquals("after", EVERY_PART.parameter());
    assertEquals("before", BY_TIME.parameter());
  }

  // Helpers

  private static void assertNotACursor(Keyset<Row> keyset, String parameter, String cursor) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> keyset.read(cursor, null), cursor);
    assertEquals(
        List.of(new InvalidInputException.Violation(parameter, Keyset.NOT_A_CURSOR)),
        e.violations(),
        cursor);
  }

  private static List<Row> rows(int n) {
    Instant start = Instant.parse("2026-12-07T09:00:00Z");
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                new Row(
                    start.minusSeconds(i), UUID.randomUUID(), i, LocalDate.of(2026, 1, 1), i, "r"))
        .toList();
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private static byte[] bytes(int version, Writer parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(version);
      parts.write(out);
    }
    return bytes.toByteArray();
  }

  private static void timeAndId(DataOutputStream out) throws IOException {
    instantAndId(out, ROW.at().getEpochSecond(), ROW.at().getNano());
  }

  private static void instantAndId(DataOutputStream out, long seconds, int nanos)
      throws IOException {
    out.writeByte(Part.INSTANT.ordinal() + 1);
    out.writeLong(seconds);
    out.writeInt(nanos);
    uuid(out);
  }

  private static void uuid(DataOutputStream out) throws IOException {
    out.writeByte(Part.UUID.ordinal() + 1);
    out.writeLong(ROW.id().getMostSignificantBits());
    out.writeLong(ROW.id().getLeastSignificantBits());
  }

  private static String encode(byte[] raw) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }
}
