package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.it.support.Documents;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Members;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Rows;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestClock;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retention (S61): a file is closed by who may correct it, never by a volunteer, another caseload
 * or another structure; once its periods pass on the shared clock, the daily job — one run a day,
 * whoever asks — erases its sealed documents first, then the whole file with its data keys, and
 * anonymises the journal's references to it in place, and the journal still verifies, from the
 * server and from outside it.
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock years ahead and runs retention")
class RetentionIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;

  @Test
  @SuppressWarnings("unchecked")
  void aClosedFileIsErasedWhenItsPeriodsPassAndTheJournalForgetsItButStillVerifies()
      throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String workerName = "ts.conservation." + tag;
    String workerId = Members.join(admin, CCAS, "SOCIAL_WORKER", false, workerName);
    String volunteerName = "benevole.conservation." + tag;
    String volunteerId = Members.join(admin, CCAS, "VOLUNTEER", false, volunteerName);
    WebClient worker = Logins.signedIn(workerName);
    WebClient volunteer = Logins.signedIn(volunteerName);
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Conservation");
    p.put("firstNames", "Effacée " + tag);
    p.put("birthDate", "1979-03-08");
    p.put("confirmDuplicate", true);
    p.put("assignTo", List.of(workerId, volunteerId));
    HttpResponse<String> created = admin.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");
    UUID personId = UUID.fromString(person);
    assertEquals(
        200,
        worker
            .json(
                "PUT",
                API + "/persons/" + person + "/contact",
                Map.of("postalAddress", "7 impasse des Ormes " + tag))
            .statusCode());
    assertEquals(
        201,
        worker
            .json("POST", API + "/persons/" + person + "/notes", Map.of("text", "Entretien " + tag))
            .statusCode());
    HttpResponse<String> complaint =
        Documents.upload(
            worker,
            API + "/persons/" + person + "/documents",
            Map.of("type", "COMPLAINT", "title", "Plainte " + tag),
            "application/pdf",
            MailTraffic.pdf("Plainte " + tag));
    assertEquals(201, complaint.statusCode(), complaint.body());
    UUID complaintVersion = UUID.fromString(versionId(json(complaint)));
    HttpResponse<String> lease =
        Documents.upload(
            worker,
            API + "/persons/" + person + "/documents",
            Map.of("type", "PROOF_OF_ADDRESS", "title", "Bail " + tag),
            "application/pdf",
            MailTraffic.pdf("Bail " + tag));
    assertEquals(201, lease.statusCode(), lease.body());
    UUID leaseVersion = UUID.fromString(versionId(json(lease)));
    assertEquals(true, Rows.one("person_document", "id", complaintVersion).get("sealed"));
    assertEquals(false, Rows.one("person_document", "id", leaseVersion).get("sealed"));
    assertEquals(1, Rows.count("vault_data_key", "owner_id", complaintVersion));

    String closure = API + "/persons/" + person + "/closure";
    long before = Journal.maxSeq();
    // Refused: a volunteer who follows her (403), a worker who does not and another structure
    // (404, as for an unknown file), nobody signed in (401); nothing changes.
    assertProblem(volunteer.json("PUT", closure, Map.of("reason", "SUPPORT_ENDED")), 403, null);
    for (WebClient stranger : List.of(Logins.signedIn("ts2.ccas"), Logins.signedIn("admin.asso"))) {
      assertProblem(stranger.json("PUT", closure, Map.of("reason", "SUPPORT_ENDED")), 404, null);
      assertProblem(stranger.get(closure), 404, null);
    }
    assertEquals(401, new WebClient().get(closure).statusCode());
    // Bad input, named; nothing changes.
    assertProblem(worker.json("PUT", closure, Map.of("reason", "FINI")), 400, "reason");
    assertProblem(worker.json("PUT", closure, Map.of()), 400, "reason");
    assertProblem(worker.json("PUT", closure, "{\"reason\":"), 400, null);
    assertProblem(worker.json("DELETE", closure, ""), 409, "closure");
    assertEquals(false, json(worker.get(closure)).get("closed"));
    assertNull(Rows.one("person", "id", personId).get("closed_at"));
    assertTrue(
        Journal.has(Journal.since(before), "person.close", "REFUSED", volunteerName),
        "the volunteer's attempt journaled");

    // Closed, reopened, closed again: each journaled; a second close is a conflict.
    Map<String, Object> closed =
        json(worker.json("PUT", closure, Map.of("reason", "SUPPORT_ENDED")));
    assertEquals(true, closed.get("closed"));
    assertNotNull(closed.get("fileErasedOn"));
    assertProblem(worker.json("PUT", closure, Map.of("reason", "OTHER")), 409, "closure");
    assertEquals(false, json(worker.json("DELETE", closure, "")).get("closed"));
    HttpResponse<String> again = admin.json("PUT", closure, Map.of("reason", "TRANSFERRED"));
    assertEquals(200, again.statusCode(), again.body());
    assertEquals("TRANSFERRED", json(again).get("reason"));
    var rows = Journal.since(before);
    assertTrue(Journal.has(rows, "person.close", "SUCCESS", workerName));
    assertTrue(Journal.has(rows, "person.reopen", "SUCCESS", workerName));
    assertTrue(Journal.has(rows, "person.close", "SUCCESS", "admin.ccas"));

    // The operator sees the periods; nobody else does.
    assertProblem(admin.get(API + "/retention"), 403, null);
    assertProblem(admin.json("POST", API + "/retention/runs", ""), 403, null);
    WebClient operator = Logins.signedIn("operateur");
    Map<String, Object> status = json(operator.get(API + "/retention"));
    Map<String, Object> periods = (Map<String, Object>) status.get("policy");
    assertEquals(5, ((Number) periods.get("closedFileYears")).intValue());
    assertEquals(2, ((Number) periods.get("sealedDocumentYears")).intValue());

    long fileEntries = journalAbout(person);
    assertTrue(fileEntries >= 5, "the file's entries name her: " + fileEntries);
    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    try {
      // Two years and a day on: her sealed documents go, the rest of the file stays.
      TestClock.shiftDays(token, 2 * 366 + 1);
      // Sessions do not outlive such a jump of the clock: the operator goes through the API.
      Map<String, Object> first = runRetention(token);
      assertTrue(((Number) first.get("sealedDocumentsErased")).intValue() >= 1, first.toString());
      assertEquals(0L, Rows.count("person_document", "id", complaintVersion));
      assertEquals(0L, Rows.count("person_document_content", "version_id", complaintVersion));
      assertEquals(0L, Rows.count("vault_data_key", "owner_id", complaintVersion));
      assertEquals(1L, Rows.count("person_document", "id", leaseVersion));
      assertEquals(1L, Rows.count("person", "id", personId));
      // The day is run once, whoever asks again.
      Map<String, Object> same = runRetention(token);
      assertEquals(first.get("day"), same.get("day"));
      assertEquals(first.get("sealedDocumentsErased"), same.get("sealedDocumentsErased"));

      // Five years and a day on: the whole file goes, and the journal no longer names it.
      TestClock.shiftDays(token, 5 * 366 + 1);
      Map<String, Object> second = runRetention(token);
      assertTrue(((Number) second.get("filesErased")).intValue() >= 1, second.toString());
      assertTrue(
          ((Number) second.get("journalEntriesAnonymised")).intValue() >= fileEntries,
          second.toString());
      for (String[] t :
          new String[][] {
            {"person", "id"},
            {"person_contact", "person_id"},
            {"person_note", "person_id"},
            {"identity_verification", "person_id"},
            {"person_document", "person_id"},
            {"caseload_assignment", "person_id"},
            {"person_mail_token", "person_id"},
            {"vault_data_key", "owner_id"}
          }) {
        assertEquals(0L, Rows.count(t[0], t[1], personId), t[0] + " still holds her rows");
      }
      assertEquals(0L, Rows.count("person_document", "id", leaseVersion));
      assertEquals(0L, journalAbout(person), "no entry names her file any more");
      assertTrue(anonymisedSince(before) >= 3, "her entries are kept, anonymised");
      assertEquals(0L, journalMentioning(person), "nor in a detail");
      assertEquals(0L, journalMentioning(complaintVersion.toString()), "nor her documents");
      var runs =
          (List<Map<String, Object>>) json(asOperator(token, "GET", "/retention")).get("runs");
      assertEquals(second.get("day"), runs.get(0).get("day"), "newest run first");
      assertNotNull(runs.get(0).get("finishedAt"));
    } finally {
      TestClock.shiftDays(token, 0);
    }
    assertProblem(Logins.signedIn("admin.ccas").get(API + "/persons/" + person), 404, null);

    // The chain still verifies: every seal and checkpoint as before, each anonymised entry
    // authenticated by its redaction MAC — from the server and from outside it.
    Journal.awaitSealed();
    ChainVerification outside = Journal.verifyFromOutside();
    assertTrue(outside.intact(), String.valueOf(outside));
    Map<String, Object> inside = json(asOperator(token, "GET", "/journal/verification"));
    assertEquals(true, inside.get("intact"), inside.toString());
  }

  private static Map<String, Object> runRetention(String token) throws Exception {
    HttpResponse<String> r = asOperator(token, "POST", "/retention/runs");
    assertEquals(200, r.statusCode(), r.body());
    return json(r);
  }

  private static HttpResponse<String> asOperator(String token, String method, String path)
      throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(API + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5))
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  private static String versionId(Map<String, Object> document) {
    return (String) ((List<Map<String, Object>>) document.get("versions")).get(0).get("id");
  }

  private static long journalAbout(String id) throws Exception {
    return count("select count(*) from journal_entry where target_id = ?", id);
  }

  private static long journalMentioning(String id) throws Exception {
    return count(
        "select count(*) from journal_entry where target_id = ? or detail like ?",
        id,
        "%" + id + "%");
  }

  private static long anonymisedSince(long seq) throws Exception {
    return count(
        "select count(*) from journal_entry where seq > ? and redacted_fields like ?",
        seq,
        "%TARGET%");
  }

  private static long count(String sql, Object... params) throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
