package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the mailbox tests need: a fresh person and her sub-address, the administration's mail as an
 * MTA delivers it to the catch-all mailbox, and waiting until the server has filed it.
 */
public final class MailTraffic {
  private MailTraffic() {}

  private static final String API = Ports.base() + "/api/v1";

  /** A person recorded by this worker (who then follows her), and her sub-address. */
  public record Person(String id, String address, String token, String structureLocalPart) {}

  @SuppressWarnings("unchecked")
  public static Person newPerson(WebClient worker, String structure, String lastName)
      throws Exception {
    Map<String, Object> p =
        Map.of(
            "lastName",
            lastName,
            "firstNames",
            "Courrier " + UUID.randomUUID().toString().substring(0, 6),
            "birthDate",
            "1988-02-1" + (int) (Math.random() * 9),
            "confirmDuplicate",
            true,
            "contact",
            Map.of("domiciledAtStructure", true));
    HttpResponse<String> created =
        worker.json("POST", API + "/structures/" + structure + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String id = (String) json(created).get("id");
    return address(worker, id);
  }

  public static Person address(WebClient worker, String personId) throws Exception {
    HttpResponse<String> a = worker.get(API + "/persons/" + personId + "/mail-address");
    assertEquals(200, a.statusCode(), a.body());
    String address = (String) json(a).get("address");
    String local = address.substring(0, address.indexOf('@'));
    int plus = local.indexOf('+');
    return new Person(
        personId, address, local.substring(plus + 1), plus > 0 ? local.substring(0, plus) : null);
  }

  /** A plain-text message from a prefecture, with a Message-ID of its own. */
  public static String message(String to, String subject, String body) {
    return message(UUID.randomUUID() + "@anef.interieur.gouv.fr", to, subject, body);
  }

  /** The same, with the Message-ID given. */
  public static String message(String messageId, String to, String subject, String body) {
    return "Message-ID: <"
        + messageId
        + ">\r\n"
        + "Date: Mon, 11 Jan 2027 09:30:00 +0100\r\n"
        + "From: \"ANEF - Prefecture\" <ne-pas-repondre@anef.interieur.gouv.fr>\r\n"
        + "To: "
        + to
        + "\r\n"
        + "X-Original-To: "
        + to
        + "\r\n"
        + "Subject: "
        + header(subject)
        + "\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\n"
        + "Content-Transfer-Encoding: quoted-printable\r\n"
        + "\r\n"
        + quotedPrintable(body)
        + "\r\n";
  }

  /** A header value as mail programs write it: RFC 2047 words for anything beyond ASCII. */
  public static String header(String value) {
    try {
      return jakarta.mail.internet.MimeUtility.encodeText(value, "UTF-8", "Q");
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A multipart message with one attachment. */
  public static String withAttachment(
      String messageId,
      String to,
      String subject,
      String body,
      String fileName,
      String type,
      byte[] content) {
    String boundary = "=_relais_" + UUID.randomUUID();
    return "Message-ID: <"
        + messageId
        + ">\r\n"
        + "Date: Tue, 12 Jan 2027 14:00:00 +0100\r\n"
        + "From: ANEF <ne-pas-repondre@anef.interieur.gouv.fr>\r\n"
        + "To: "
        + to
        + "\r\n"
        + "Subject: "
        + header(subject)
        + "\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\""
        + boundary
        + "\"\r\n"
        + "\r\n"
        + "--"
        + boundary
        + "\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\n"
        + "Content-Transfer-Encoding: quoted-printable\r\n"
        + "\r\n"
        + quotedPrintable(body)
        + "\r\n"
        + "--"
        + boundary
        + "\r\n"
        + "Content-Type: "
        + type
        + "; name=\""
        + fileName
        + "\"\r\n"
        + "Content-Disposition: attachment; filename=\""
        + fileName
        + "\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n"
        + "\r\n"
        + Base64.getMimeEncoder().encodeToString(content)
        + "\r\n"
        + "--"
        + boundary
        + "--\r\n";
  }

  /**
   * A message cut short on the way, as the run against a real mailbox received it: a kept PDF, an
   * executable in disguise, and a PDF whose base64 ends in the middle of a group with no closing
   * boundary after it.
   */
  public static String truncatedMessage(String to, String subject) {
    String boundary = "=_coupe_" + UUID.randomUUID();
    byte[] exe = new byte[2048];
    exe[0] = 'M';
    exe[1] = 'Z';
    String cut = java.util.Base64.getMimeEncoder().encodeToString(pdf("decision"));
    cut = cut.substring(0, 1001);
    assertEquals(1, cut.replaceAll("\\s", "").length() % 4, "not a whole base64 group");
    return "Message-ID: <"
        + UUID.randomUUID()
        + "@anef.test>\r\n"
        + "From: ANEF <ne-pas-repondre@anef.interieur.gouv.fr>\r\n"
        + "To: "
        + to
        + "\r\n"
        + "Subject: "
        + header(subject)
        + "\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\""
        + boundary
        + "\"\r\n\r\n"
        + "--"
        + boundary
        + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nVoir les trois pièces jointes.\r\n"
        + "--"
        + boundary
        + "\r\nContent-Type: application/pdf; name=\"recepisse.pdf\"\r\n"
        + "Content-Disposition: attachment; filename=\"recepisse.pdf\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n"
        + java.util.Base64.getMimeEncoder().encodeToString(pdf("recepisse"))
        + "\r\n--"
        + boundary
        + "\r\nContent-Type: application/pdf; name=\"scan.pdf\"\r\n"
        + "Content-Disposition: attachment; filename=\"scan.pdf\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n"
        + java.util.Base64.getMimeEncoder().encodeToString(exe)
        + "\r\n--"
        + boundary
        + "\r\nContent-Type: application/pdf; name=\"decision.pdf\"\r\n"
        + "Content-Disposition: attachment; filename=\"decision.pdf\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n"
        + cut;
  }

  /** Quoted-printable, as mail programs write French text. */
  public static String quotedPrintable(String text) {
    StringBuilder b = new StringBuilder();
    int column = 0;
    for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      String piece =
          (c >= 33 && c <= 126 && c != '=') || c == ' '
              ? String.valueOf((char) c)
              : String.format("=%02X", c);
      if (column + piece.length() > 73) {
        b.append("=\r\n");
        column = 0;
      }
      b.append(piece);
      column += piece.length();
    }
    return b.toString();
  }

  /**
   * A small valid PDF whose page says {@code text}, uncompressed (the text is in its bytes), with
   * an author and XMP metadata that the server must remove (S60).
   */
  public static byte[] pdf(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    com.lowagie.text.Document d = new com.lowagie.text.Document();
    com.lowagie.text.pdf.PdfWriter w = com.lowagie.text.pdf.PdfWriter.getInstance(d, out);
    w.setCompressionLevel(com.lowagie.text.pdf.PdfStream.NO_COMPRESSION);
    d.addAuthor(PDF_AUTHOR);
    d.addTitle("Scan " + PDF_AUTHOR);
    w.createXmpMetadata();
    d.open();
    d.add(new com.lowagie.text.Paragraph(text));
    d.close();
    return out.toByteArray();
  }

  /** The author written in the metadata of {@link #pdf(String)}. */
  public static final String PDF_AUTHOR = "Auteur-Metadonnee 12 rue des Lilas";

  /**
   * A valid PDF of about {@code kilobytes}, its bulk an incompressible image: a heavy attachment.
   */
  public static byte[] largePdf(int kilobytes) throws Exception {
    int side = (int) Math.sqrt(kilobytes * 1024 / 3.0);
    java.awt.image.BufferedImage noise =
        new java.awt.image.BufferedImage(side, side, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.util.Random random = new java.util.Random(42);
    for (int x = 0; x < side; x++) {
      for (int y = 0; y < side; y++) {
        noise.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(noise, "png", png);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    com.lowagie.text.Document d = new com.lowagie.text.Document();
    com.lowagie.text.pdf.PdfWriter.getInstance(d, out);
    d.open();
    d.add(com.lowagie.text.Image.getInstance(png.toByteArray()));
    d.close();
    return out.toByteArray();
  }

  /** The text of a PDF's pages, as a reader extracts it. */
  public static String pdfText(byte[] pdf) throws Exception {
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
    try {
      StringBuilder b = new StringBuilder();
      com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
          new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        b.append(extractor.getTextFromPage(page));
      }
      return b.toString().strip();
    } finally {
      reader.close();
    }
  }

  /**
   * Asserts that a stored or downloaded PDF is {@code original} without its metadata (S60): the
   * same text, no author or title, no XMP, and the author's value nowhere in its bytes.
   */
  public static void assertSamePdfWithoutMetadata(byte[] original, byte[] stored) throws Exception {
    assertEquals(pdfText(original), pdfText(stored), "the same pages");
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(stored);
    try {
      org.junit.jupiter.api.Assertions.assertNull(reader.getInfo().get("Author"));
      org.junit.jupiter.api.Assertions.assertNull(reader.getInfo().get("Title"));
      org.junit.jupiter.api.Assertions.assertNull(reader.getMetadata(), "no XMP");
    } finally {
      reader.close();
    }
    org.junit.jupiter.api.Assertions.assertFalse(
        new String(stored, StandardCharsets.ISO_8859_1).contains("Lilas"),
        "the metadata's values are gone from the file");
  }

  /** The person's filed messages, once there are at least {@code n} (20 s at most). */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> awaitMessages(WebClient worker, String personId, int n)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<Map<String, Object>> items;
    do {
      HttpResponse<String> r = worker.get(API + "/persons/" + personId + "/messages?limit=200");
      assertEquals(200, r.statusCode(), r.body());
      items = (List<Map<String, Object>>) json(r).get("items");
      if (items.size() >= n) {
        return items;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("only " + items.size() + " of " + n + " messages filed in 20 s");
  }

  /** Waits until the catch-all mailbox's inbox is empty: everything received was processed. */
  public static void awaitInboxDrained() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (TestEnvironment.mail().waitingInInbox() > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the catch-all inbox was not processed in 30 s");
      }
      Thread.sleep(200);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(HttpResponse<String> r) throws Exception {
    return com.nimbusds.jose.util.JSONObjectUtils.parse(r.body());
  }
}
