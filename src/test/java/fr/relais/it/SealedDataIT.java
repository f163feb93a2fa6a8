package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Downloads;
import fr.relais.it.support.IdentityChecks;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Sealed data of a protected person (F2, S12, S41): her contact channels, and the attachments of
 * mail filed for her, are kept sealed by the vault — nothing of them in clear in the database — and
 * decrypted only for a member with the <em>protected cases</em> habilitation who follows her under
 * an active mandate; everyone else gets « masqué ». Each decryption is journaled by category, never
 * the value. The vault's master keys are the operator's.
 */
class SealedDataIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  @SuppressWarnings("unchecked")
  void attachmentsOfAProtectedPersonAreSealedAndOpenOnlyUnderTheAccessRule() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String username = "ts.protege." + UUID.randomUUID().toString().substring(0, 8);
    String workerId = join(admin, username, true);
    WebClient worker = Logins.signedIn(username);

    // She is protected from the moment she is recorded; the worker follows her, under a mandate.
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Scellée");
    p.put("firstNames", "Courrier " + UUID.randomUUID().toString().substring(0, 6));
    p.put("birthDate", "1987-05-14");
    p.put("confirmDuplicate", true);
    p.put("protectedPerson", true);
    p.put("protectionReason", "PROTECTION_ORDER");
    p.put("contact", Map.of("domiciledAtStructure", true));
    HttpResponse<String> created = worker.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");
    String mandate =
        (String)
            Mandates.active(
                    worker, person, TODAY, TODAY.plusMonths(6), List.of("CHANGEMENT_ADRESSE"))
                .get("id");
    String address = MailTraffic.address(worker, person).address();

    String canary = "CANARI-" + UUID.randomUUID();
    byte[] pdf = MailTraffic.pdf("hebergement " + canary);
    String fileName = "attestation-hebergement-" + canary + ".pdf";
    TestEnvironment.mail()
        .deliver(
            MailTraffic.withAttachment(
                UUID.randomUUID() + "@anef.test",
                address,
                "Attestation",
                "Veuillez trouver l'attestation ci-jointe.",
                fileName,
                "application/pdf",
                pdf));
    Map<String, Object> summary = MailTraffic.awaitMessages(worker, person, 1).get(0);
    String messageId = (String) summary.get("id");
    long before = Journal.maxSeq();

    // The habilitated worker who follows her under an active mandate: the PDF, decrypted.
    Map<String, Object> opened = json(worker.get(API + "/messages/" + messageId));
    Map<String, Object> att = ((List<Map<String, Object>>) opened.get("attachments")).get(0);
    assertEquals(Boolean.TRUE, att.get("sealed"));
    assertEquals(Boolean.TRUE, att.get("openable"));
    assertNull(att.get("fileName"), "no name in clear, even for her");
    String url = API + "/messages/" + messageId + "/attachments/" + att.get("id");
    HttpResponse<byte[]> download = Downloads.bytes(worker, url);
    assertEquals(200, download.statusCode());
    MailTraffic.assertSamePdfWithoutMetadata(pdf, download.body());
    assertTrue(
        download.headers().firstValue("Content-Disposition").orElse("").contains(canary),
        "the real name comes with the download");
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));

    // At rest: neither the content nor the name nor a digest in clear; one data key, wrapped.
    assertSealedAtRest((String) att.get("id"));

    // F1: the administrator, without the protected-cases habilitation, sees nothing of her file:
    // neither the message nor the document, answered as for a message that does not exist.
    assertProblem(admin.get(API + "/messages/" + messageId), 404, null);
    HttpResponse<String> hidden = admin.get(url);
    assertProblem(hidden, 404, null);
    assertFalse(hidden.body().contains("CANARI"));

    // Mail held in triage (sent to the structure's own address), then filed into her record by
    // the administrator: sealed at that moment.
    MailTraffic.Person box = MailTraffic.address(worker, person);
    String triagedSubject = "À classer " + UUID.randomUUID();
    byte[] later = MailTraffic.pdf("ordonnance " + canary);
    TestEnvironment.mail()
        .deliver(
            MailTraffic.withAttachment(
                UUID.randomUUID() + "@anef.test",
                box.structureLocalPart() + "@relais.test",
                triagedSubject,
                "Pour le dossier.",
                "ordonnance-" + canary + ".pdf",
                "application/pdf",
                later));
    MailTraffic.awaitInboxDrained();
    String triaged =
        ((List<Map<String, Object>>)
                json(admin.get(API + "/structures/" + CCAS + "/triage?limit=200")).get("items"))
            .stream()
                .filter(i -> triagedSubject.equals(i.get("subject")))
                .map(i -> (String) i.get("id"))
                .findFirst()
                .orElseThrow();
    HttpResponse<String> filed =
        admin.json("POST", API + "/messages/" + triaged + "/filing", Map.of("personId", person));
    assertEquals(200, filed.statusCode(), filed.body());
    assertFalse(filed.body().contains(canary), filed.body());
    Map<String, Object> filedAtt =
        ((List<Map<String, Object>>)
                json(worker.get(API + "/messages/" + triaged)).get("attachments"))
            .get(0);
    assertEquals(Boolean.TRUE, filedAtt.get("sealed"));
    assertSealedAtRest((String) filedAtt.get("id"));
    HttpResponse<byte[]> laterDownload =
        Downloads.bytes(
            worker, API + "/messages/" + triaged + "/attachments/" + filedAtt.get("id"));
    assertEquals(200, laterDownload.statusCode());
    MailTraffic.assertSamePdfWithoutMetadata(later, laterDownload.body());

    // Her mandate revoked: the worker still follows her and sees the message, the document
    // « masqué » — in the API and on the message page, without a link (S11: on the next request).
    HttpResponse<String> revoked =
        worker.json(
            "POST", Mandates.url(mandate) + "/revocation", Map.of("reason", "fin de suivi"));
    assertEquals(200, revoked.statusCode(), revoked.body());
    Map<String, Object> maskedAtt =
        ((List<Map<String, Object>>)
                json(worker.get(API + "/messages/" + messageId)).get("attachments"))
            .get(0);
    assertEquals(Boolean.FALSE, maskedAtt.get("openable"));
    HttpResponse<String> masked = worker.get(url);
    assertProblem(masked, 403, null);
    assertTrue(masked.body().contains("sealed"), masked.body());
    assertFalse(masked.body().contains("CANARI"));
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff(username);
      browser.open(Ports.base() + "/app/message.xhtml?id=" + messageId);
      browser.awaitText("#attachments", "masqué");
      assertTrue(browser.driver().findElements(By.cssSelector("#attachments a")).isEmpty());
      assertFalse(browser.driver().getPageSource().contains("CANARI"));
      browser.assertAccessible("message-sealed-attachment");
    }

    // The habilitation withdrawn: her file is closed to him on the very next request (S11).
    habilitate(admin, workerId, false);
    assertEquals(404, Downloads.bytes(worker, url).statusCode());

    // The journal: one decryption, by category, about her; the refusals; never the value.
    Journal.awaitSealed();
    List<Journal.Row> rows = Journal.since(before);
    assertEquals(2, decryptions(rows, username, person, "mail-attachment"), rows.toString());
    assertEquals(
        1,
        rows.stream()
            .filter(r -> r.action().equals("sealed.open") && !"SUCCESS".equals(r.outcome()))
            .count(),
        rows.toString());
    assertTrue(rows.stream().noneMatch(r -> String.valueOf(r.detail()).contains("CANARI")));
    assertTrue(rows.stream().noneMatch(r -> String.valueOf(r.detail()).contains("hebergement")));
    assertNotInServerLog(canary);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aProtectedPersonsContactIsSealedAndShownOnlyUnderTheAccessRule() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String username = "ts.contact." + UUID.randomUUID().toString().substring(0, 8);
    String workerId = join(admin, username, true);
    WebClient worker = Logins.signedIn(username);
    String canary = "CANARI" + UUID.randomUUID().toString().substring(0, 8);
    String street = "12 rue " + canary + ", 13001 Marseille";
    String email = canary.toLowerCase() + "@exemple.fr";
    String phone = "06 12 34 56 78";
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Coordonnées");
    p.put("firstNames", "Scellées " + UUID.randomUUID().toString().substring(0, 6));
    p.put("birthDate", "1990-06-21");
    p.put("confirmDuplicate", true);
    p.put("protectedPerson", true);
    p.put("protectionReason", "DECLARED_VIOLENCE");
    p.put(
        "contact",
        Map.of(
            "email",
            email,
            "phone",
            phone,
            "postalAddress",
            street,
            "domiciledAtStructure",
            false));
    HttpResponse<String> created = worker.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");
    // No mandate yet: even the worker who typed it in sees « masqué ».
    assertEquals(Boolean.TRUE, json(created).get("contactMasked"));
    assertFalse(created.body().contains(canary), created.body());

    // At rest: nothing in clear, one ciphertext, one data key.
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select email, phone, postal_address, sealed, sealed_content from person_contact"
                    + " where person_id = ?")) {
      ps.setObject(1, UUID.fromString(person));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertNull(rs.getString(1));
        assertNull(rs.getString(2));
        assertNull(rs.getString(3));
        assertTrue(rs.getBoolean(4));
        String raw = latin1(rs.getBytes(5));
        assertFalse(raw.contains(canary) || raw.contains("Marseille") || raw.contains("06 12"));
      }
    }

    Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("CHANGEMENT_ADRESSE"));
    long before = Journal.maxSeq();
    Map<String, Object> seen = json(worker.get(API + "/persons/" + person));
    assertEquals(Boolean.FALSE, seen.get("contactMasked"));
    Map<String, Object> contact = (Map<String, Object>) seen.get("contact");
    assertEquals(street, contact.get("postalAddress"));
    assertEquals(email, contact.get("email"));
    assertEquals(phone, contact.get("phone"));

    // The administrator without the habilitation: her name only (F1). An administrator who holds
    // it but does not follow her: her file, the contact « masqué ».
    HttpResponse<String> adminView = admin.get(API + "/persons/" + person);
    assertEquals(200, adminView.statusCode());
    assertEquals(Boolean.TRUE, json(adminView).get("restricted"));
    assertNull(json(adminView).get("contact"));
    assertFalse(adminView.body().contains(canary));
    String habilitatedAdmin = "admin.habilite." + UUID.randomUUID().toString().substring(0, 8);
    Members.join(admin, CCAS, "STRUCTURE_ADMINISTRATOR", true, habilitatedAdmin);
    HttpResponse<String> habilitatedView =
        Logins.signedIn(habilitatedAdmin).get(API + "/persons/" + person);
    assertEquals(Boolean.TRUE, json(habilitatedView).get("contactMasked"));
    assertEquals(Boolean.FALSE, json(habilitatedView).get("restricted"));
    assertFalse(habilitatedView.body().contains(canary));
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff(habilitatedAdmin);
      browser.open(Ports.base() + "/app/person.xhtml?id=" + person);
      browser.awaitText("#contact", "masqué");
      assertFalse(browser.driver().getPageSource().contains(canary));
      browser.assertAccessible("person-sealed-contact");
    }
    // The habilitation withdrawn: masked on the very next request (S11).
    habilitate(admin, workerId, false);
    HttpResponse<String> after = worker.get(API + "/persons/" + person);
    assertEquals(Boolean.TRUE, json(after).get("contactMasked"));
    assertFalse(after.body().contains(canary));

    // One decryption journaled, by category, about her; never the value.
    Journal.awaitSealed();
    List<Journal.Row> rows = Journal.since(before);
    assertEquals(1, decryptions(rows, username, person, "contact"), rows.toString());
    assertTrue(rows.stream().noneMatch(r -> String.valueOf(r.detail()).contains(canary)));
    assertNotInServerLog(canary);

    // F3: her own access journal shows exactly that decryption — who, of which structure, which
    // category — and the administrator's view of it the same; never the value.
    habilitate(admin, workerId, true); // to hand her an access link
    // D3: for a protected person, her identity checked first by an identity checker.
    assertEquals(
        200,
        admin
            .json(
                "PATCH",
                API + "/structures/" + CCAS + "/members/" + workerId,
                Map.of("identityChecker", true))
            .statusCode());
    IdentityChecks.record(worker, person, canary.substring(6));
    WebClient her = PersonAccess.signedIn(worker, person, Logins.uniqueName("journal"));
    HttpResponse<String> mine = her.get(API + "/my-file/history?limit=200");
    assertEquals(200, mine.statusCode(), mine.body());
    List<Map<String, Object>> entries = (List<Map<String, Object>>) json(mine).get("items");
    List<Map<String, Object>> opened =
        entries.stream().filter(e -> "SEALED_CONTACT".equals(e.get("category"))).toList();
    assertEquals(1, opened.size(), entries.toString());
    assertEquals("sealed.open", opened.get(0).get("action"));
    assertEquals("SUCCESS", opened.get(0).get("outcome"));
    assertEquals(json(worker.get(API + "/me")).get("displayName"), opened.get(0).get("actor"));
    assertEquals("CCAS de Villeneuve-sur-Lot", opened.get(0).get("structureName"));
    assertTrue(
        entries.stream().anyMatch(e -> "FILE".equals(e.get("category"))),
        "the views of her file are there too, as such");
    assertFalse(mine.body().contains(canary));
    List<Map<String, Object>> forAdmin =
        (List<Map<String, Object>>)
            json(admin.get(API + "/persons/" + person + "/history?limit=200")).get("items");
    assertEquals(
        1,
        forAdmin.stream().filter(e -> "SEALED_CONTACT".equals(e.get("category"))).count(),
        forAdmin.toString());
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("admin.ccas");
      browser.open(Ports.base() + "/app/person.xhtml?id=" + person + "&tab=history");
      browser.awaitText("#history", "Coordonnées scellées");
      browser.assertAccessible("person-history-categories");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theVaultIsTheOperatorsAndReWrappingLeavesEverythingUnderTheCurrentKey() throws Exception {
    WebClient operator = Logins.signedIn("operateur");
    HttpResponse<String> status = operator.get(API + "/vault");
    assertEquals(200, status.statusCode(), status.body());
    assertEquals("relais-master-1", json(status).get("currentMasterKey"));
    long before = Journal.maxSeq();
    HttpResponse<String> rewrapped = operator.json("POST", API + "/vault/rewrapping", "");
    assertEquals(200, rewrapped.statusCode(), rewrapped.body());
    Map<String, Object> r = json(rewrapped);
    assertEquals(0L, ((Number) r.get("rewrapped")).longValue(), "every key already current");
    Map<String, Object> keys =
        (Map<String, Object>) ((Map<String, Object>) r.get("status")).get("dataKeysByMasterKey");
    assertTrue(keys.keySet().stream().allMatch("relais-master-1"::equals), keys.toString());
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(
                x -> x.action().equals("vault.rewrap") && "operateur".equals(x.actorSubject())));

    for (String who : List.of("admin.ccas", "ts1.ccas")) {
      WebClient member = Logins.signedIn(who);
      assertProblem(member.get(API + "/vault"), 403, null);
      assertProblem(member.json("POST", API + "/vault/rewrapping", ""), 403, null);
    }
    assertEquals(401, new WebClient().get(API + "/vault").statusCode());
  }

  private static String join(WebClient admin, String username, boolean protectedCases)
      throws Exception {
    return fr.relais.it.support.Members.join(
        admin, CCAS, "SOCIAL_WORKER", protectedCases, username);
  }

  /** An attachment's row and content hold nothing in clear; one data key wraps it. */
  /**
   * S41 at rest: a sealed contact copied by someone with database access into another person's row
   * does not decrypt there — the server says plainly that the data cannot be decrypted, shows
   * neither value, and both read back once the row is put back.
   */
  @Test
  @SuppressWarnings("unchecked")
  void aCiphertextCopiedToAnotherRowDoesNotDecryptAndTheServerSaysSo() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String username = "ts.copie." + UUID.randomUUID().toString().substring(0, 8);
    join(admin, username, true);
    WebClient worker = Logins.signedIn(username);
    String first = "PREMIERE" + UUID.randomUUID().toString().substring(0, 8);
    String second = "SECONDE" + UUID.randomUUID().toString().substring(0, 8);
    String a = sealedPerson(worker, first);
    String b = sealedPerson(worker, second);
    for (String person : List.of(a, b)) {
      Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    }
    byte[] original = sealedContent(b);
    try {
      setSealedContent(b, sealedContent(a));
      HttpResponse<String> moved = worker.get(API + "/persons/" + b);
      assertProblem(moved, 503, null);
      assertTrue(moved.body().contains("sealed-data-unavailable"), moved.body());
      assertFalse(moved.body().contains(first) || moved.body().contains(second), moved.body());
      Map<String, Object> untouched = json(worker.get(API + "/persons/" + a));
      assertEquals(
          first.toLowerCase() + "@exemple.fr",
          ((Map<String, Object>) untouched.get("contact")).get("email"));
    } finally {
      setSealedContent(b, original);
    }
    Map<String, Object> back = json(worker.get(API + "/persons/" + b));
    assertEquals(
        second.toLowerCase() + "@exemple.fr",
        ((Map<String, Object>) back.get("contact")).get("email"));
    assertNotInServerLog(first);
    assertNotInServerLog(second);
  }

  private static String sealedPerson(WebClient worker, String marker) throws Exception {
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Copie");
    p.put("firstNames", "Scellée " + UUID.randomUUID().toString().substring(0, 6));
    p.put("birthDate", "1991-03-14");
    p.put("confirmDuplicate", true);
    p.put("protectedPerson", true);
    p.put("protectionReason", "DECLARED_VIOLENCE");
    p.put("contact", Map.of("email", marker.toLowerCase() + "@exemple.fr", "phone", "0612345678"));
    HttpResponse<String> created = worker.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    return (String) json(created).get("id");
  }

  /** Gives or withdraws a member's protected-cases habilitation. */
  private static void habilitate(WebClient admin, String accountId, boolean protectedCases)
      throws Exception {
    HttpResponse<String> r =
        admin.json(
            "PATCH",
            API + "/structures/" + CCAS + "/members/" + accountId,
            Map.of("protectedCases", protectedCases));
    assertEquals(200, r.statusCode(), r.body());
  }

  private static byte[] sealedContent(String person) throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement("select sealed_content from person_contact where person_id = ?")) {
      ps.setObject(1, UUID.fromString(person));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getBytes(1);
      }
    }
  }

  private static void setSealedContent(String person, byte[] content) throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "update person_contact set sealed_content = ? where person_id = ?")) {
      ps.setBytes(1, content);
      ps.setObject(2, UUID.fromString(person));
      assertEquals(1, ps.executeUpdate());
    }
  }

  private static void assertSealedAtRest(String attachmentId) throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select a.file_name, a.sha256, a.declared_type, a.sealed, a.sealed_name,"
                    + " c.content from message_attachment a"
                    + " join message_attachment_content c on c.attachment_id = a.id"
                    + " where a.id = ?")) {
      ps.setObject(1, UUID.fromString(attachmentId));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertNull(rs.getString(1));
        assertNull(rs.getString(2));
        assertNull(rs.getString(3));
        assertTrue(rs.getBoolean(4));
        assertFalse(latin1(rs.getBytes(5)).contains("CANARI"));
        assertFalse(latin1(rs.getBytes(6)).contains("CANARI"));
        assertFalse(latin1(rs.getBytes(6)).contains("%PDF"));
      }
    }
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select master_key, wrapped from vault_data_key where owner_kind = 'mail-attachment'"
                    + " and owner_id = ?")) {
      ps.setObject(1, UUID.fromString(attachmentId));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("relais-master-1", rs.getString(1));
        assertFalse(rs.next(), "one data key for the document");
      }
    }
  }

  /** S12: nothing sealed in a log line. */
  private static void assertNotInServerLog(String canary) throws Exception {
    Path log = Path.of(System.getProperty("relais.server.dir"), "standalone/log/server.log");
    assertFalse(Files.readString(log, StandardCharsets.ISO_8859_1).contains(canary));
  }

  /** The decryptions journaled for this member about this person, of this category. */
  private static long decryptions(
      List<Journal.Row> rows, String member, String person, String category) {
    return rows.stream()
        .filter(
            r ->
                r.action().equals("sealed.open")
                    && "SUCCESS".equals(r.outcome())
                    && member.equals(r.actorSubject())
                    && person.equals(r.targetId())
                    && category.equals(r.detail()))
        .count();
  }

  private static String latin1(byte[] b) {
    return b == null ? "" : new String(b, StandardCharsets.ISO_8859_1);
  }
}
