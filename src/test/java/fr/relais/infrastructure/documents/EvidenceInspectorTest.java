package fr.relais.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import fr.relais.application.documents.EvidenceRejectedException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceInspectorTest {

  private static final EvidenceInspector INSPECTOR = new EvidenceInspector();

  @Test
  void acceptsPdfRewrittenWithoutItsMetadata() throws Exception {
    byte[] pdf = pdfWithMetadata(false);
    assertTrue(latin1(pdf).contains("Lilas"), "the author and the XMP are in the original");

    EvidenceInspector.Inspected result = INSPECTOR.inspect(pdf, "application/pdf", 1_000_000);

    assertEquals("application/pdf", result.mediaType());
    assertEquals(sha256(result.content()), result.sha256Hex());
    // S60: author, title, creator, producer and XMP gone, in the document and in its bytes.
    com.lowagie.text.pdf.PdfReader back = new com.lowagie.text.pdf.PdfReader(result.content());
    for (String key : List.of("Author", "Title", "Subject", "Keywords", "Creator", "Producer")) {
      assertNull(back.getInfo().get(key), key);
    }
    assertNull(back.getMetadata(), "no XMP");
    assertFalse(latin1(result.content()).contains("Lilas"), "no earlier revision keeps them");
    // The page itself is unchanged.
    assertEquals(1, back.getNumberOfPages());
    assertTrue(
        new com.lowagie.text.pdf.parser.PdfTextExtractor(back)
            .getTextFromPage(1)
            .contains("Mandat signé"));
  }

  @Test
  void refusesAPdfItCannotRewrite() throws Exception {
    assertReason("ENCRYPTED_PDF", pdfWithMetadata(true), "application/pdf", 1_000_000);
    byte[] broken = "%PDF-1.4\n this is not a document".getBytes(StandardCharsets.US_ASCII);
    assertReason("UNREADABLE_PDF", broken, "application/pdf", 1_000_000);
  }

  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** A one-page PDF with an author, a title, a creator and XMP that name a street. */
  private static byte[] pdfWithMetadata(boolean encrypted) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    com.lowagie.text.pdf.PdfWriter writer =
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
    if (encrypted) {
      writer.setEncryption(
          null,
          "proprietaire".getBytes(StandardCharsets.US_ASCII),
          com.lowagie.text.pdf.PdfWriter.ALLOW_PRINTING,
          com.lowagie.text.pdf.PdfWriter.STANDARD_ENCRYPTION_128);
    }
    document.addAuthor("Madame 12 rue des Lilas");
    document.addTitle("Lilas");
    document.addCreator("Scanner de Lilas");
    document.addKeywords("Lilas");
    writer.createXmpMetadata();
    document.open();
    document.add(new Paragraph("Mandat signé"));
    document.close();
    return out.toByteArray();
  }

  @Test
  void acceptsPngAndJpeg() throws Exception {
    EvidenceInspector.Inspected png = INSPECTOR.inspect(png(image(40, 20)), "image/png", 1_000_000);
    EvidenceInspector.Inspected jpeg =
        INSPECTOR.inspect(jpeg(image(40, 20)), "IMAGE/JPEG ; charset=binary", 1_000_000);

    assertEquals("image/png", png.mediaType());
    assertEquals("image/jpeg", jpeg.mediaType());
    for (EvidenceInspector.Inspected i : new EvidenceInspector.Inspected[] {png, jpeg}) {
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(i.content()));
      assertNotNull(decoded);
      assertEquals(40, decoded.getWidth());
      assertEquals(20, decoded.getHeight());
      assertEquals(sha256(i.content()), i.sha256Hex());
    }
  }

  @Test
  void detectsTheTypeWhenNoneIsDeclared() throws Exception {
    assertEquals("image/png", INSPECTOR.inspect(png(image(4, 4)), null).mediaType());
    assertEquals("application/pdf", INSPECTOR.inspect(tinyPdf(), " ").mediaType());
  }

  @Test
  void rejectsEmptyContent() {
    assertReason("EMPTY", new byte[0], "application/pdf", 100);
    assertReason("EMPTY", null, "application/pdf", 100);
  }

  @Test
  void rejectsOversizedContent() throws Exception {
    assertReason("TOO_LARGE", tinyPdf(), "application/pdf", 100);
    byte[] huge = new byte[(int) EvidenceInspector.MAX_BYTES + 1];
    System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
    assertReason("TOO_LARGE", huge, "application/pdf", Long.MAX_VALUE);
  }

  @Test
  void rejectsTextPretendingToBePdf() {
    byte[] text = "Bonjour, ceci n'est pas un PDF.\n".getBytes(StandardCharsets.UTF_8);
    assertReason("UNSUPPORTED_TYPE", text, "application/pdf", 1_000);
  }

  @Test
  void rejectsMismatchedDeclaredType() throws Exception {
    assertReason("TYPE_MISMATCH", png(image(8, 8)), "image/jpeg", 1_000_000);
    assertReason("TYPE_MISMATCH", tinyPdf(), "text/plain; charset=utf-8", 1_000_000);
  }

  @Test
  void rejectsUndecodableImages() {
    byte[] junk = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01, 0x02, 0x03};
    assertReason("UNREADABLE_IMAGE", junk, "image/jpeg", 1_000);
  }

  @Test
  void rejectsDecompressionBombsBeforeDecoding() {
    // A PNG header announcing 10 000 × 5 000 pixels (50 megapixels), without pixel data.
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(10_000).putInt(5_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0);
    ihdr.put((byte) 0);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    png.writeBytes(chunk("IHDR", ihdr.array()));
    png.writeBytes(chunk("IEND", new byte[0]));

    assertReason("UNREADABLE_IMAGE", png.toByteArray(), "image/png", 1_000);
  }

  @Test
  void stripsExifFromJpeg() throws Exception {
    byte[] spliced = withExif(jpeg(image(40, 20)), 1);
    assertTrue(contains(spliced, "GPSLatitude"), "test input carries GPS data");

    EvidenceInspector.Inspected result = INSPECTOR.inspect(spliced, "image/jpeg", 1_000_000);

    assertFalse(contains(result.content(), "Exif"));
    assertFalse(contains(result.content(), "GPSLatitude"));
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(result.content()));
    assertEquals(40, decoded.getWidth());
    assertEquals(20, decoded.getHeight());
  }

  /**
   * The stored image has quadrants red, blue / green, yellow (R B / G Y); after inspection the
   * pixels must look as a viewer honouring the EXIF orientation would display them.
   */
  @ParameterizedTest(name = "orientation {0} -> {1}")
  @CsvSource({
    "1, RBGY", "2, BRYG", "3, YGBR", "4, GYRB", "5, RGBY", "6, GRYB", "7, YBGR", "8, BYRG"
  })
  void appliesExifOrientationBeforeStrippingIt(int orientation, String quadrants) throws Exception {
    byte[] spliced = withExif(jpeg(quadrants(64, 32)), orientation);

    EvidenceInspector.Inspected result = INSPECTOR.inspect(spliced, "image/jpeg", 1_000_000);

    assertFalse(contains(result.content(), "Exif"));
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(result.content()));
    boolean turned = orientation >= 5;
    assertEquals(turned ? 32 : 64, decoded.getWidth());
    assertEquals(turned ? 64 : 32, decoded.getHeight());
    int w = decoded.getWidth();
    int h = decoded.getHeight();
    int[][] centres = {
      {w / 4, h / 4}, {3 * w / 4, h / 4}, {w / 4, 3 * h / 4}, {3 * w / 4, 3 * h / 4}
    };
    for (int i = 0; i < 4; i++) {
      Color expected = colour(quadrants.charAt(i));
      Color actual = new Color(decoded.getRGB(centres[i][0], centres[i][1]));
      assertTrue(isMostly(actual, expected), "quadrant " + i + ": " + actual);
    }
  }

  @Test
  void stripsTextChunksFromPng() throws Exception {
    byte[] original = png(image(16, 16));
    byte[] text = "Comment\u000012 rue des Lilas".getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream withText = new ByteArrayOutputStream();
    withText.write(original, 0, 33); // signature (8) + IHDR chunk (25)
    withText.writeBytes(chunk("tEXt", text));
    withText.write(original, 33, original.length - 33);
    byte[] spliced = withText.toByteArray();
    assertNotNull(ImageIO.read(new ByteArrayInputStream(spliced)), "test input is a valid PNG");
    assertTrue(contains(spliced, "12 rue des Lilas"));

    EvidenceInspector.Inspected result = INSPECTOR.inspect(spliced, "image/png", 1_000_000);

    assertFalse(contains(result.content(), "12 rue des Lilas"));
    assertFalse(contains(result.content(), "tEXt"));
  }

  private static void assertReason(String reason, byte[] content, String declared, long max) {
    EvidenceRejectedException e =
        assertThrows(
            EvidenceRejectedException.class, () -> INSPECTOR.inspect(content, declared, max));
    assertEquals(reason, e.reason());
  }

  private static BufferedImage image(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return image;
  }

  private static BufferedImage quadrants(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    String layout = "RBGY";
    for (int i = 0; i < 4; i++) {
      g.setColor(colour(layout.charAt(i)));
      g.fillRect((i % 2) * width / 2, (i / 2) * height / 2, width / 2, height / 2);
    }
    g.dispose();
    return image;
  }

  private static Color colour(char c) {
    return switch (c) {
      case 'R' -> Color.RED;
      case 'B' -> Color.BLUE;
      case 'G' -> Color.GREEN;
      default -> Color.YELLOW;
    };
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, "png", out));
    return out.toByteArray();
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, "jpeg", out));
    return out.toByteArray();
  }

  private static byte[] tinyPdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph("Mandat signé"));
    document.close();
    return out.toByteArray();
  }

  /** Inserts an APP1 EXIF segment (big-endian TIFF, one IFD) right after the SOI marker. */
  private static byte[] withExif(byte[] jpeg, int orientation) {
    byte[] gps =
        "GPSLatitude 43.6045 N GPSLongitude 1.4440 E\0".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + gps.length);
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    tiff.putShort((short) 1); // one entry
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1);
    tiff.putShort((short) orientation).putShort((short) 0);
    tiff.putInt(0); // no next IFD
    tiff.put(gps);
    byte[] payload = tiff.array();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    out.write(0xFF);
    out.write(0xE1);
    int length = 2 + 6 + payload.length;
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(payload);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static byte[] chunk(String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    ByteBuffer b = ByteBuffer.allocate(12 + data.length);
    b.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
    return b.array();
  }

  private static boolean contains(byte[] haystack, String needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
  }

  private static boolean isMostly(Color actual, Color expected) {
    return Math.abs(actual.getRed() - expected.getRed()) < 60
        && Math.abs(actual.getGreen() - expected.getGreen()) < 60
        && Math.abs(actual.getBlue() - expected.getBlue()) < 60;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
