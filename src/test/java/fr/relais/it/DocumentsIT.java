package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Documents;
import fr.relais.it.support.Downloads;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Rows;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The documents of a person's file (F2, S60): typed, checked and stripped of their metadata before
 * storage, kept by versions that never replace each other, downloaded only as attachments under a
 * generated name; classified documents and every document of a protected person sealed (title and
 * content), opened only under the access rule, each opening journaled by category — never a title
 * or a byte in the journal. Refused for other structures, other caseloads and volunteers where the
 * rule says so; bad files refused with nothing stored.
 */
class DocumentsIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  @SuppressWarnings("unchecked")
  void herWorkerKeepsHerDocumentsByVersionsAndClassifiesThem() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    String person = People.onCaseload(worker);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String volunteer = "benevole.pieces." + tag;
    Members.volunteerAlongside(admin, worker, CCAS, person, volunteer);
    WebClient volunteerClient = Logins.signedIn(volunteer);
    long before = Journal.maxSeq();

    // A proof of address, in clear: its metadata removed, downloaded as an attachment.
    byte[] pdf = MailTraffic.pdf("Quittance de loyer " + tag);
    HttpResponse<String> added =
        Documents.upload(
            worker,
            Documents.of(person),
            fields("PROOF_OF_ADDRESS", "Quittance " + tag, null),
            pdf);
    assertEquals(201, added.statusCode(), added.body());
    Map<String, Object> doc = json(added);
    assertEquals("Quittance " + tag, doc.get("title"));
    assertEquals(false, doc.get("classified"));
    String documentId = (String) doc.get("id");
    String v1 = versionId(doc, 0);
    HttpResponse<byte[]> first = Downloads.bytes(worker, content(v1));
    assertEquals(200, first.statusCode());
    assertEquals(
        "attachment; filename=\"document-proof-of-address-v1.pdf\"",
        first.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("nosniff", first.headers().firstValue("X-Content-Type-Options").orElse(""));
    String firstText = new String(first.body(), StandardCharsets.ISO_8859_1);
    assertTrue(firstText.contains("Quittance de loyer " + tag), "the page kept");
    assertFalse(firstText.contains(MailTraffic.PDF_AUTHOR), "S60: the author removed");

    // A photo: EXIF and GPS gone from what is stored and downloaded.
    HttpResponse<String> photo =
        Documents.upload(
            worker,
            Documents.of(person),
            fields("PHOTO", "Photo " + tag, null),
            "image/jpeg",
            jpegWithGps());
    assertEquals(201, photo.statusCode(), photo.body());
    byte[] photoBack = Downloads.bytes(worker, content(versionId(json(photo), 0))).body();
    String photoText = new String(photoBack, StandardCharsets.ISO_8859_1);
    assertFalse(photoText.contains("Exif") || photoText.contains("GPS-43.6047N"), "EXIF removed");

    // A new version never replaces the old one.
    byte[] pdf2 = MailTraffic.pdf("Quittance de loyer, mois suivant " + tag);
    HttpResponse<String> second =
        Documents.upload(
            worker,
            API + "/documents/" + documentId + "/versions",
            Map.of(),
            "application/pdf",
            pdf2);
    assertEquals(201, second.statusCode(), second.body());
    Map<String, Object> twoVersions = json(second);
    assertEquals(2, ((List<Object>) twoVersions.get("versions")).size());
    assertEquals("Quittance " + tag, twoVersions.get("title"), "the title kept");
    assertTrue(
        new String(Downloads.bytes(worker, content(v1)).body(), StandardCharsets.ISO_8859_1)
            .contains("Quittance de loyer " + tag),
        "version 1 unchanged");

    // The volunteer who follows her sees the list and opens what is not classified.
    assertEquals(200, volunteerClient.get(Documents.of(person)).statusCode());
    assertEquals(200, Downloads.bytes(volunteerClient, content(v1)).statusCode());

    // Refused: who does not follow her and another structure (404), a volunteer adding (403),
    // nobody signed in (401).
    Map<String, String> intrusion = fields("OTHER", "Intrusion " + tag, null);
    for (WebClient stranger : List.of(Logins.signedIn("ts2.ccas"), Logins.signedIn("admin.asso"))) {
      assertProblem(stranger.get(Documents.of(person)), 404, null);
      assertProblem(Documents.upload(stranger, Documents.of(person), intrusion, pdf), 404, null);
      assertEquals(404, Downloads.bytes(stranger, content(v1)).statusCode());
      assertProblem(
          stranger.json("POST", API + "/documents/" + documentId + "/classification", ""),
          404,
          null);
    }
    assertProblem(
        Documents.upload(volunteerClient, Documents.of(person), intrusion, pdf), 403, null);
    assertEquals(401, new WebClient().get(Documents.of(person)).statusCode());

    // Bad input, each named; nothing stored.
    assertProblem(
        Documents.upload(worker, Documents.of(person), fields("CARTE", "x", null), pdf),
        400,
        "type");
    assertProblem(
        Documents.upload(worker, Documents.of(person), fields("OTHER", "", null), pdf),
        400,
        "title");
    assertProblem(
        Documents.upload(worker, Documents.of(person), fields("OTHER", "x".repeat(201), null), pdf),
        400,
        "title");
    assertProblem(
        Documents.upload(
            worker,
            Documents.of(person),
            fields("OTHER", "Texte", null),
            "text/plain",
            "bonjour".getBytes(StandardCharsets.UTF_8)),
        400,
        "file");
    assertProblem(
        Documents.upload(
            worker,
            Documents.of(person),
            fields("OTHER", "Faux PDF", null),
            "application/pdf",
            jpegWithGps()),
        400,
        "file");
    assertProblem(
        Documents.upload(
            worker,
            Documents.of(person),
            fields("OTHER", "Trop grand", null),
            MailTraffic.largePdf(10 * 1024 + 200)),
        413,
        null);
    List<Map<String, Object>> listed = Json.list(worker.get(Documents.of(person)));
    assertEquals(2, listed.size(), "nothing stored: " + listed);

    // Classified later: sealed, version by version; the volunteer may no longer open it; never
    // lowered.
    HttpResponse<String> classified =
        worker.json("POST", API + "/documents/" + documentId + "/classification", "");
    assertEquals(200, classified.statusCode(), classified.body());
    assertEquals(true, json(classified).get("sealed"));
    assertProblem(
        worker.json("POST", API + "/documents/" + documentId + "/classification", ""),
        409,
        "classified");
    assertProblem(
        volunteerClient.json("POST", API + "/documents/" + documentId + "/classification", ""),
        403,
        null);
    assertEquals(403, Downloads.bytes(volunteerClient, content(v1)).statusCode());
    Map<String, Object> forVolunteer =
        Json.<Map<String, Object>>list(volunteerClient.get(Documents.of(person))).stream()
            .filter(d -> documentId.equals(d.get("id")))
            .findFirst()
            .orElseThrow();
    assertEquals(true, forVolunteer.get("titleMasked"));
    assertNull(forVolunteer.get("title"));
    Map<String, Object> row = versionRow(v1);
    assertNull(row.get("title"), "no clear title at rest");
    assertNull(row.get("sha256"), "no digest at rest: it would confirm a guessed document");
    Map<String, Object> maskedVersion =
        ((List<Map<String, Object>>) forVolunteer.get("versions")).get(0);
    assertNull(maskedVersion.get("size"));
    assertNull(maskedVersion.get("sha256"));
    assertFalse(latin1(contentRow(v1)).contains("Quittance de loyer " + tag), "no clear page");
    HttpResponse<byte[]> sealedBack = Downloads.bytes(worker, content(v1));
    assertTrue(
        new String(sealedBack.body(), StandardCharsets.ISO_8859_1)
            .contains("Quittance de loyer " + tag),
        "her worker still opens it");
    assertEquals(
        "sha-256="
            + java.util.HexFormat.of()
                .formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(sealedBack.body())),
        sealedBack.headers().firstValue("Digest").orElse(""),
        "the digest of what was opened");

    List<Journal.Row> rows = Journal.since(before);
    for (String action :
        List.of("document.add", "document.version", "document.classify", "document.download")) {
      assertTrue(rows.stream().anyMatch(r -> action.equals(r.action())), action + " journaled");
    }
    assertTrue(Journal.has(rows, "document.download", "REFUSED", volunteer));
    Journal.assertNoValue(rows, tag);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aProtectedPersonsDocumentsAreSealedAndOpenedOnlyUnderTheAccessRule() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas"); // without the habilitation
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String habName = "ts.pieces." + tag;
    String habId = Members.join(admin, CCAS, "SOCIAL_WORKER", true, habName);
    WebClient hab = Logins.signedIn(habName);
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Pieces");
    p.put("firstNames", "Protégée " + tag);
    p.put("birthDate", "1987-04-12");
    p.put("confirmDuplicate", true);
    p.put("assignTo", List.of(habId));
    HttpResponse<String> created = admin.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");

    // Added before she is protected, in clear; sealed the moment she is.
    String rentTitle = "BAIL" + tag;
    HttpResponse<String> lease =
        Documents.upload(
            hab,
            Documents.of(person),
            fields("PROOF_OF_ADDRESS", rentTitle, null),
            MailTraffic.pdf("Bail au 5 chemin " + tag));
    assertEquals(201, lease.statusCode(), lease.body());
    String leaseVersion = versionId(json(lease), 0);
    assertEquals(rentTitle, versionRow(leaseVersion).get("title"), "in clear before");
    HttpResponse<String> protect =
        admin.json(
            "PUT",
            API + "/persons/" + person + "/protection",
            Map.of("reason", "DECLARED_VIOLENCE", "since", TODAY.toString()));
    assertEquals(200, protect.statusCode(), protect.body());
    assertNull(versionRow(leaseVersion).get("title"), "sealed with her protection");
    assertFalse(latin1(contentRow(leaseVersion)).contains("5 chemin " + tag));

    // Habilitated and following her, but no active mandate of hers yet: the title « masqué »,
    // nothing opens, nothing is added (F2).
    long before = Journal.maxSeq();
    List<Map<String, Object>> masked = Json.list(hab.get(Documents.of(person)));
    assertEquals(1, masked.size());
    assertEquals(true, masked.get(0).get("titleMasked"), masked.toString());
    assertEquals(false, masked.get(0).get("canOpen"));
    assertFalse(hab.get(Documents.of(person)).body().contains(tag), "no title");
    assertEquals(403, Downloads.bytes(hab, content(leaseVersion)).statusCode());
    assertProblem(
        Documents.upload(
            hab, Documents.of(person), fields("OTHER", "x", null), MailTraffic.pdf("x")),
        403,
        null);
    assertTrue(
        Journal.since(before).stream()
            .noneMatch(r -> "sealed.open".equals(r.action()) && habName.equals(r.actorSubject())),
        "nothing was opened");

    Mandates.active(hab, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    // A complaint: classified by nature, sealed at upload.
    String complaintTitle = "PLAINTE" + tag;
    HttpResponse<String> complaint =
        Documents.upload(
            hab,
            Documents.of(person),
            fields("COMPLAINT", complaintTitle, null),
            MailTraffic.pdf("Dépôt de plainte " + tag));
    assertEquals(201, complaint.statusCode(), complaint.body());
    assertEquals(true, json(complaint).get("classified"));
    String complaintVersion = versionId(json(complaint), 0);
    assertNull(versionRow(complaintVersion).get("title"));
    assertFalse(latin1(contentRow(complaintVersion)).contains("plainte " + tag));
    assertTrue(
        new String(Downloads.bytes(hab, content(complaintVersion)).body(), StandardCharsets.UTF_8)
            .contains("plainte " + tag),
        "her worker opens it");

    // The administrator without the habilitation: her name only, no document (F1).
    assertProblem(admin.get(Documents.of(person)), 403, null);
    assertEquals(403, Downloads.bytes(admin, content(complaintVersion)).statusCode());
    assertProblem(
        Documents.upload(
            admin, Documents.of(person), fields("OTHER", "x", null), MailTraffic.pdf("x")),
        403,
        null);

    // Her worker, under her mandate: the titles opened, journaled by category with no title.
    before = Journal.maxSeq();
    List<Map<String, Object>> open = Json.list(hab.get(Documents.of(person)));
    assertTrue(open.stream().anyMatch(d -> complaintTitle.equals(d.get("title"))));
    Downloads.bytes(hab, content(leaseVersion));
    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "sealed.open".equals(r.action())
                        && "document titles (2)".equals(r.detail())
                        && habName.equals(r.actorSubject())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "sealed.open".equals(r.action())
                        && "document".equals(r.detail())
                        && habName.equals(r.actorSubject())));
    Journal.assertNoValue(rows, tag);

    // Her access journal shows the decryptions of her documents by category.
    String history = admin.get(API + "/persons/" + person + "/history?limit=200").body();
    assertTrue(history.contains("SEALED_DOCUMENT"), history);
    assertNotInServerLog(complaintTitle);
  }

  @Test
  void theDocumentsCardAddsAndListsThem() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Path file = Files.createTempFile("quittance", ".pdf");
    Files.write(file, MailTraffic.pdf("Quittance " + tag));
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("ts1.ccas");
      browser.open(Ports.base() + "/app/person.xhtml?id=" + person);
      browser.awaitText("#documents-empty", "Aucune pièce");
      browser.click("#document-form summary");
      browser.assertAccessible("person-documents-form");
      browser.type("#document-form\\:title", "Quittance " + tag);
      browser.find("#document-form\\:file").sendKeys(file.toString());
      browser.click("#document-form\\:upload");
      browser.awaitText("#messages", "Pièce enregistrée");
      browser.awaitText("#documents", "Quittance " + tag);
      browser.awaitText("#documents", "Justificatif de domicile");
      browser.assertAccessible("person-documents-listed");
      browser.click("#documents button");
      browser.awaitText("#messages", "Pièce classifiée");
      browser.awaitText("#documents", "classifiée");
      browser.assertAccessible("person-documents-classified");
    } finally {
      Files.deleteIfExists(file);
    }
    assertTrue(worker.get(Documents.of(person)).body().contains("\"classified\":true"));
  }

  private static String content(String versionId) {
    return API + "/documents/versions/" + versionId + "/content";
  }

  @SuppressWarnings("unchecked")
  private static String versionId(Map<String, Object> doc, int index) {
    return (String) ((List<Map<String, Object>>) doc.get("versions")).get(index).get("id");
  }

  private static Map<String, String> fields(String type, String title, Boolean classified) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("type", type);
    f.put("title", title);
    if (classified != null) {
      f.put("classified", classified.toString());
    }
    return f;
  }

  /** A small JPEG carrying an EXIF segment with a GPS position. */
  static byte[] jpegWithGps() throws Exception {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(img, "jpeg", plain);
    byte[] jpeg = plain.toByteArray();
    byte[] payload = "Exif\0\0GPS-43.6047N-1.4442E".getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    out.write(0xFF);
    out.write(0xE1);
    out.write((payload.length + 2) >> 8);
    out.write((payload.length + 2) & 0xFF);
    out.write(payload);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static Map<String, Object> versionRow(String versionId) throws Exception {
    return Rows.one("person_document", "id", UUID.fromString(versionId));
  }

  private static byte[] contentRow(String versionId) throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select content from person_document_content where version_id = ?")) {
      ps.setObject(1, UUID.fromString(versionId));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getBytes(1);
      }
    }
  }

  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private static void assertNotInServerLog(String marker) throws Exception {
    Path log = Path.of(System.getProperty("relais.server.dir"), "standalone/log/server.log");
    assertFalse(Files.readString(log, StandardCharsets.ISO_8859_1).contains(marker));
  }
}
