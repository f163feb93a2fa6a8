package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Rows;
import fr.relais.it.support.Structures;
import fr.relais.it.support.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Notes on a person's file (F2): written once by who may correct the file; sensitive ones, and
 * every note of a protected person, sealed at rest and read only under the access rule, each
 * reading journaled by category, never the text; marked sensitive later, never unmarked; read by
 * keyset pages. Refused for other structures, other caseloads and volunteers where the rule says
 * so; bad input refused with nothing written.
 */
class NotesIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  @SuppressWarnings("unchecked")
  void herWorkerWritesNotesAndSensitiveOnesAreSealed() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    String person = People.onCaseload(worker);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String volunteer = "benevole.notes." + tag;
    Members.volunteerAlongside(admin, worker, CCAS, person, volunteer);
    WebClient volunteerClient = Logins.signedIn(volunteer);
    long before = Journal.maxSeq();

    HttpResponse<String> ordinary =
        worker.json("POST", notes(person), Map.of("text", "Rendez-vous CAF " + tag));
    assertEquals(201, ordinary.statusCode(), ordinary.body());
    String ordinaryId = (String) json(ordinary).get("id");
    assertEquals(false, json(ordinary).get("sealed"));
    HttpResponse<String> sensitive =
        worker.json(
            "POST",
            notes(person),
            Map.of("text", "Elle craint son ancien conjoint " + tag, "sensitive", true));
    assertEquals(201, sensitive.statusCode(), sensitive.body());
    String sensitiveId = (String) json(sensitive).get("id");
    assertEquals(true, json(sensitive).get("sealed"));
    assertEquals("Elle craint son ancien conjoint " + tag, json(sensitive).get("text"));

    // At rest: the sensitive note's text only as a ciphertext.
    Map<String, Object> row = Rows.one("person_note", "id", UUID.fromString(sensitiveId));
    assertNull(row.get("text"));
    assertNotNull(row.get("sealed_text"));
    assertFalse(
        new String((byte[]) row.get("sealed_text"), StandardCharsets.ISO_8859_1).contains(tag));

    // Her worker reads both; the volunteer who follows her reads the ordinary one only.
    List<Map<String, Object>> forWorker = items(worker.get(notes(person)));
    assertEquals(2, forWorker.size());
    assertEquals(sensitiveId, forWorker.get(0).get("id"), "newest first");
    assertEquals("Elle craint son ancien conjoint " + tag, forWorker.get(0).get("text"));
    HttpResponse<String> forVolunteer = volunteerClient.get(notes(person));
    List<Map<String, Object>> seen = items(forVolunteer);
    assertEquals(true, seen.get(0).get("textMasked"));
    assertNull(seen.get(0).get("text"));
    assertEquals("Rendez-vous CAF " + tag, seen.get(1).get("text"));
    assertFalse(forVolunteer.body().contains("conjoint"), forVolunteer.body());

    // Refused: a volunteer writing or marking (403), who does not follow her and another
    // structure (404), nobody signed in (401).
    Map<String, Object> intrusion = Map.of("text", "Intrusion " + tag);
    assertProblem(volunteerClient.json("POST", notes(person), intrusion), 403, null);
    assertProblem(
        volunteerClient.json("POST", API + "/notes/" + ordinaryId + "/sensitivity", ""), 403, null);
    for (WebClient stranger : List.of(Logins.signedIn("ts2.ccas"), Logins.signedIn("admin.asso"))) {
      assertProblem(stranger.get(notes(person)), 404, null);
      assertProblem(stranger.json("POST", notes(person), intrusion), 404, null);
      assertProblem(
          stranger.json("POST", API + "/notes/" + ordinaryId + "/sensitivity", ""), 404, null);
    }
    assertEquals(401, new WebClient().get(notes(person)).statusCode());
    assertProblem(worker.json("POST", API + "/notes/pas-un-id/sensitivity", ""), 404, null);

    // Bad input, each named; nothing written.
    assertProblem(worker.json("POST", notes(person), Map.of("text", "  ")), 400, "text");
    assertProblem(
        worker.json("POST", notes(person), Map.of("text", "x".repeat(4001))), 400, "text");
    assertProblem(worker.json("POST", notes(person), "{\"text\":"), 400, null);
    assertProblem(worker.get(notes(person) + "?limit=0"), 400, "limit");
    assertProblem(worker.get(notes(person) + "?before=hier"), 400, "before");
    assertEquals(2, items(worker.get(notes(person))).size(), "nothing written");

    // Marked sensitive later: sealed, never unmarked; the volunteer no longer reads it.
    HttpResponse<String> marked =
        worker.json("POST", API + "/notes/" + ordinaryId + "/sensitivity", "");
    assertEquals(200, marked.statusCode(), marked.body());
    assertEquals(true, json(marked).get("sealed"));
    assertProblem(
        worker.json("POST", API + "/notes/" + ordinaryId + "/sensitivity", ""), 409, "sensitive");
    assertNull(Rows.one("person_note", "id", UUID.fromString(ordinaryId)).get("text"));
    assertFalse(volunteerClient.get(notes(person)).body().contains("CAF"));

    // Keyset pages: every note once, newest first.
    for (int i = 0; i < 3; i++) {
      assertEquals(
          201,
          worker
              .json("POST", notes(person), Map.of("text", "Suivi " + i + " " + tag))
              .statusCode());
    }
    Set<String> ids = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      HttpResponse<String> r =
          worker.get(
              notes(person)
                  + "?limit=2"
                  + (cursor == null
                      ? ""
                      : "&before=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
      Map<String, Object> page = json(r);
      for (Map<String, Object> n : (List<Map<String, Object>>) page.get("items")) {
        assertTrue(ids.add((String) n.get("id")), "seen twice: " + n);
      }
      cursor = (String) page.get("next");
      pages++;
    } while (cursor != null);
    assertEquals(5, ids.size());
    assertEquals(3, pages);

    List<Journal.Row> rows = Journal.since(before);
    assertTrue(rows.stream().anyMatch(r -> "note.add".equals(r.action())));
    assertTrue(rows.stream().anyMatch(r -> "note.sensitive".equals(r.action())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "sealed.open".equals(r.action())
                        && String.valueOf(r.detail()).startsWith("notes (")
                        && "ts1.ccas".equals(r.actorSubject())));
    assertTrue(
        rows.stream()
            .noneMatch(r -> "sealed.open".equals(r.action()) && volunteer.equals(r.actorSubject())),
        "nothing opened for the volunteer");
    assertTrue(Journal.has(rows, "note.add", "REFUSED", volunteer));
    Journal.assertNoValue(rows, tag);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aProtectedPersonsNotesAreSealedAndReadOnlyUnderTheAccessRule() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas"); // without the habilitation
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String habName = "ts.notes." + tag;
    String habId = Members.join(admin, CCAS, "SOCIAL_WORKER", true, habName);
    WebClient hab = Logins.signedIn(habName);
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Notes");
    p.put("firstNames", "Protégée " + tag);
    p.put("birthDate", "1992-08-08");
    p.put("confirmDuplicate", true);
    p.put("assignTo", List.of(habId));
    HttpResponse<String> created = admin.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");

    // An ordinary note in clear, sealed the moment she is protected.
    HttpResponse<String> first =
        hab.json("POST", notes(person), Map.of("text", "Hébergée chez sa sœur " + tag));
    assertEquals(201, first.statusCode(), first.body());
    String firstId = (String) json(first).get("id");
    assertNotNull(Rows.one("person_note", "id", UUID.fromString(firstId)).get("text"));
    assertEquals(
        200,
        admin
            .json(
                "PUT",
                API + "/persons/" + person + "/protection",
                Map.of("reason", "DECLARED_VIOLENCE", "since", TODAY.toString()))
            .statusCode());
    assertNull(Rows.one("person_note", "id", UUID.fromString(firstId)).get("text"));

    // Habilitated and following her without an active mandate: « masqué », nothing written.
    HttpResponse<String> masked = hab.get(notes(person));
    assertEquals(true, items(masked).get(0).get("textMasked"));
    assertFalse(masked.body().contains("chez sa s"), "no text: " + masked.body());
    assertProblem(hab.json("POST", notes(person), Map.of("text", "x")), 403, null);
    // The administrator without the habilitation: her name only (F1).
    assertProblem(admin.get(notes(person)), 403, null);

    Mandates.active(hab, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    HttpResponse<String> second =
        hab.json("POST", notes(person), Map.of("text", "Nouvelle adresse connue " + tag));
    assertEquals(201, second.statusCode(), second.body());
    assertEquals(true, json(second).get("sealed"), "every note of a protected person sealed");
    long before = Journal.maxSeq();
    List<Map<String, Object>> open = items(hab.get(notes(person)));
    assertEquals("Hébergée chez sa sœur " + tag, open.get(1).get("text"));
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(r -> "sealed.open".equals(r.action()) && "notes (2)".equals(r.detail())));
    String history = admin.get(API + "/persons/" + person + "/history?limit=200").body();
    assertTrue(history.contains("SEALED_NOTE"), history);
  }

  @Test
  void theNotesCardWritesAndMarksThem() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("ts1.ccas");
      browser.open(Ports.base() + "/app/person.xhtml?id=" + person);
      browser.awaitText("#notes-empty", "Aucune note");
      browser.click("#note-form summary");
      browser.assertAccessible("person-notes-form");
      browser.click("#note-form\\:save-note");
      browser.awaitText("#messages", "Texte");
      browser.click("#note-form summary");
      browser.type("#note-form\\:text", "Premier entretien " + tag);
      browser.click("#note-form\\:save-note");
      browser.awaitText("#messages", "Note enregistrée");
      browser.awaitText("#notes", "Premier entretien " + tag);
      browser.assertAccessible("person-notes-listed");
      browser.click("#notes button");
      browser.awaitText("#messages", "Note marquée comme sensible");
      browser.awaitText("#notes", "sensible");
      browser.assertAccessible("person-notes-marked");
    }
    assertTrue(worker.get(notes(person)).body().contains("\"sensitive\":true"));
  }

  private static String notes(String person) {
    return API + "/persons/" + person + "/notes";
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    return (List<Map<String, Object>>) json(r).get("items");
  }
}
