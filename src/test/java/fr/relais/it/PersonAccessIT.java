package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.IdentityChecks;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An accompanied person's own access (B1, S5, S7, S11, S40, S43, S44, S50): a single-use link
 * handed over by the structure binds to the first identity that signs in with it; the person sees
 * their mandates and who accessed their file, and revokes a mandate whole or scope by scope with
 * effect on the structure's next request; the structure ends the access with effect on the person's
 * next request; nobody else reaches any of it.
 */
class PersonAccessIT extends RelaisIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  private static final String MY_FILE = Ports.base() + "/api/v1/my-file";

  @SuppressWarnings("unchecked")
  static Map<String, Object> mandateIn(List<Object> records, String mandateId) {
    for (Object r : records) {
      for (Object m : (List<Object>) ((Map<String, Object>) r).get("mandates")) {
        if (mandateId.equals(((Map<String, Object>) m).get("id"))) {
          return (Map<String, Object>) m;
        }
      }
    }
    throw new AssertionError("mandate " + mandateId + " not in " + records);
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePersonOpensTheirAccessSeesTheirMandatesAndRevokesThem() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String mandateId =
        (String)
            Mandates.active(
                    worker,
                    person,
                    TODAY,
                    TODAY.plusMonths(6),
                    List.of("CHANGEMENT_ADRESSE", "DUPLICATA"))
                .get("id");
    long before = Journal.maxSeq();
    String link = PersonAccess.link(worker, person);
    Map<String, Object> status = json(worker.get(PersonAccess.url(person)));
    assertEquals(false, status.get("linked"));
    assertEquals(
        "PENDING",
        ((Map<String, Object>) ((List<Object>) status.get("links")).get(0)).get("status"));

    String username = Logins.uniqueName("personne");
    WebClient self = new WebClient();
    HttpResponse<String> page = self.get(link);
    assertTrue(page.body().contains("Connectez-vous avec votre propre identité"), page.body());
    HttpResponse<String> callback = Logins.throughStaffProvider(self, username);
    assertEquals(Ports.base() + "/app/my-file.xhtml", WebClient.location(callback));
    assertEquals("BENEFICIARY", json(self.get(Ports.base() + "/api/v1/me")).get("role"));
    // S44: the person's pages have a neutral title and are never kept by the browser.
    HttpResponse<String> filePage = self.get(Ports.base() + "/app/my-file.xhtml");
    assertEquals(200, filePage.statusCode());
    assertTrue(filePage.body().contains("<title>Relais</title>"), filePage.body());
    assertTrue(filePage.body().contains("id=\"quick-exit\""), filePage.body());
    assertTrue(filePage.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    assertEquals(true, json(worker.get(PersonAccess.url(person))).get("linked"));

    List<Object> records = Json.list(self.get(MY_FILE));
    assertEquals(1, records.size(), records.toString());
    Map<String, Object> record = (Map<String, Object>) records.get(0);
    assertEquals(person, record.get("personId"));
    assertEquals("CCAS de Villeneuve-sur-Lot", record.get("structureName"));
    Map<String, Object> mine = mandateIn(records, mandateId);
    assertEquals("ACTIVE", mine.get("status"));
    assertEquals(true, mine.get("revocable"));

    // One scope, then the whole mandate: the structure's very next request is refused (S11).
    HttpResponse<String> scopeRevoked =
        self.json("DELETE", MY_FILE + "/mandates/" + mandateId + "/scopes/CHANGEMENT_ADRESSE", "");
    assertEquals(200, scopeRevoked.statusCode(), scopeRevoked.body());
    assertProblem(Mandates.onBehalfCheck(worker, person, "CHANGEMENT_ADRESSE"), 403, null);
    assertEquals(200, Mandates.onBehalfCheck(worker, person, "DUPLICATA").statusCode());
    HttpResponse<String> revoked =
        self.json(
            "POST",
            MY_FILE + "/mandates/" + mandateId + "/revocation",
            Map.of("reason", "Je change de structure"));
    assertEquals(200, revoked.statusCode(), revoked.body());
    assertEquals("REVOKED", json(revoked).get("status"));
    assertEquals(true, json(revoked).get("revokedByPerson"));
    assertProblem(Mandates.onBehalfCheck(worker, person, "DUPLICATA"), 403, null);

    Map<String, Object> asStaffSees = json(worker.get(Mandates.url(mandateId)));
    assertEquals("REVOKED", asStaffSees.get("status"));
    assertEquals(true, asStaffSees.get("revokedByPerson"));
    assertEquals("Je change de structure", asStaffSees.get("revocationReason"));
    String reminders = worker.get(Ports.base() + "/api/v1/me/reminders").body();
    assertTrue(reminders.contains("MANDATE_REVOKED_BY_PERSON"), reminders);
    assertTrue(reminders.contains("\"subjectId\":\"" + mandateId + "\""), reminders);

    // S43: the person sees who accessed the file, their own actions marked as theirs.
    Map<String, Object> history = json(self.get(MY_FILE + "/history?limit=200"));
    List<Map<String, Object>> items = (List<Map<String, Object>>) history.get("items");
    assertTrue(
        items.stream()
            .anyMatch(
                e ->
                    "mandate.on-behalf.check".equals(e.get("action"))
                        && Boolean.FALSE.equals(e.get("self"))
                        && "CCAS de Villeneuve-sur-Lot".equals(e.get("structureName"))),
        items.toString());
    assertTrue(
        items.stream()
            .anyMatch(
                e ->
                    "mandate.revoke.by-person".equals(e.get("action"))
                        && Boolean.TRUE.equals(e.get("self"))),
        items.toString());
    Map<String, Object> firstPage = json(self.get(MY_FILE + "/history?limit=2"));
    assertEquals(2, ((List<?>) firstPage.get("items")).size());
    Map<String, Object> secondPage =
        json(self.get(MY_FILE + "/history?limit=2&before=" + firstPage.get("next")));
    long lastOfFirst =
        ((Number) ((Map<String, Object>) ((List<?>) firstPage.get("items")).get(1)).get("seq"))
            .longValue();
    long firstOfSecond =
        ((Number) ((Map<String, Object>) ((List<?>) secondPage.get("items")).get(0)).get("seq"))
            .longValue();
    assertTrue(firstOfSecond < lastOfFirst, "keyset pages follow each other");

    // Single use: a second identity with the same link is refused.
    WebClient intruder = new WebClient();
    assertEquals(
        Ports.base() + "/not-authorised.xhtml?reason=ACCESS_ALREADY_USED",
        WebClient.location(PersonAccess.redeem(intruder, link, Logins.uniqueName("intrus"))));
    assertEquals(401, intruder.get(Ports.base() + "/api/v1/me").statusCode());

    List<Journal.Row> rows = Journal.since(before);
    for (String action :
        List.of(
            "person.access.link.create",
            "person.self.view",
            "mandate.scope.revoke.by-person",
            "mandate.revoke.by-person",
            "person.self.history.view")) {
      assertTrue(
          rows.stream().anyMatch(r -> r.action().equals(action) && person.equals(r.targetId())),
          action);
    }
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("person.access.grant")
                        && r.outcome().equals("SUCCESS")
                        && username.equals(r.actorSubject())
                        && person.equals(r.targetId())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("person.access.grant")
                        && r.outcome().equals("REFUSED")
                        && "ALREADY_USED".equals(r.detail())));
  }

  @Test
  void nobodyElseReachesThePersonsFileAndThePersonReachesNothingElse() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String other = People.onCaseload(worker);
    String mandateId =
        (String)
            Mandates.active(
                    worker, person, TODAY, TODAY.plusMonths(3), List.of("CHANGEMENT_ADRESSE"))
                .get("id");
    String othersMandate =
        (String)
            Mandates.active(
                    worker, other, TODAY, TODAY.plusMonths(3), List.of("CHANGEMENT_ADRESSE"))
                .get("id");
    WebClient self = PersonAccess.signedIn(worker, person, Logins.uniqueName("personne"));

    // Another person's mandate, an unknown one, a malformed id: the same 404, nothing changed.
    long before = Journal.maxSeq();
    assertProblem(
        self.json("POST", MY_FILE + "/mandates/" + othersMandate + "/revocation", Map.of()),
        404,
        null);
    assertProblem(
        self.json(
            "DELETE", MY_FILE + "/mandates/" + othersMandate + "/scopes/CHANGEMENT_ADRESSE", ""),
        404,
        null);
    assertProblem(
        self.json("POST", MY_FILE + "/mandates/" + UUID.randomUUID() + "/revocation", Map.of()),
        404,
        null);
    assertProblem(
        self.json("POST", MY_FILE + "/mandates/pas-un-id/revocation", Map.of()), 404, null);
    assertEquals("ACTIVE", json(worker.get(Mandates.url(othersMandate))).get("status"));
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(
                r ->
                    r.action().equals("mandate.revoke.by-person")
                        && r.outcome().equals("REFUSED")
                        && "NOT_OWN".equals(r.detail())));

    // The person reaches none of the staff endpoints (S10, S40).
    assertProblem(self.get(Ports.base() + "/api/v1/persons/" + person), 404, null);
    assertProblem(self.get(Mandates.of(person)), 404, null);
    assertProblem(self.get(PersonAccess.url(person)), 404, null);
    assertProblem(self.json("POST", PersonAccess.url(person) + "/links", ""), 404, null);
    // A structure's routes answer her as for an unknown structure (S40), whatever the id.
    for (String structure : List.of(Structures.CCAS, UUID.randomUUID().toString())) {
      assertProblem(
          self.get(Ports.base() + "/api/v1/structures/" + structure + "/persons"), 404, null);
      assertProblem(
          self.get(Ports.base() + "/api/v1/structures/" + structure + "/members"), 404, null);
    }

    // Staff reach none of the person's own endpoints.
    for (String who : List.of("ts1.ccas", "admin.ccas", "operateur", "agent.prefecture")) {
      WebClient staff = Logins.signedIn(who);
      assertProblem(staff.get(MY_FILE), 403, null);
      assertProblem(
          staff.json("POST", MY_FILE + "/mandates/" + mandateId + "/revocation", Map.of()),
          403,
          null);
    }
    assertEquals("ACTIVE", json(worker.get(Mandates.url(mandateId))).get("status"));

    // Only the structure's administrators and the person's followers manage the access (S40).
    assertProblem(
        Logins.signedIn("ts2.ccas").json("POST", PersonAccess.url(person) + "/links", ""),
        404,
        null);
    assertProblem(Logins.signedIn("ts2.ccas").get(PersonAccess.url(person)), 404, null);
    assertProblem(
        Logins.signedIn("admin.asso").json("POST", PersonAccess.url(person) + "/links", ""),
        404,
        null);
    assertProblem(
        Logins.signedIn("operateur").json("POST", PersonAccess.url(person) + "/links", ""),
        404,
        null);
    // While the person has access, a new link would let someone else take it over: refused.
    assertProblem(
        Logins.signedIn("admin.ccas").json("POST", PersonAccess.url(person) + "/links", ""),
        409,
        null);

    // Bad input: problem+json with the field, nothing changed (S71).
    assertProblem(
        self.json(
            "POST",
            MY_FILE + "/mandates/" + mandateId + "/revocation",
            Map.of("reason", "x".repeat(501))),
        400,
        "reason");
    assertProblem(
        self.json("DELETE", MY_FILE + "/mandates/" + mandateId + "/scopes/PASSEPORT_LUNAIRE", ""),
        404,
        null);
    assertProblem(self.get(MY_FILE + "/history?limit=0"), 400, "limit");
    assertProblem(self.get(MY_FILE + "/history?before=hier"), 400, "before");
    assertEquals("ACTIVE", json(worker.get(Mandates.url(mandateId))).get("status"));
    assertProblem(
        worker.json(
            "POST", PersonAccess.url(person) + "/revocation", Map.of("reason", "y".repeat(501))),
        400,
        "reason");
    assertEquals(true, json(worker.get(PersonAccess.url(person))).get("linked"));
    assertEquals(200, self.get(MY_FILE).statusCode());
  }

  @Test
  @SuppressWarnings("unchecked")
  void endingTheAccessTakesEffectOnThePersonsNextRequest() throws Exception {
    WebClient worker = Logins.signedIn("ts2.ccas");
    String person = People.onCaseload(worker);
    String mandateId =
        (String)
            Mandates.active(worker, person, TODAY, TODAY.plusMonths(3), List.of("DUPLICATA"))
                .get("id");
    String username = Logins.uniqueName("personne");
    WebClient self = PersonAccess.signedIn(worker, person, username);
    assertEquals(1, Json.list(self.get(MY_FILE)).size());

    long before = Journal.maxSeq();
    HttpResponse<String> ended =
        worker.json(
            "POST", PersonAccess.url(person) + "/revocation", Map.of("reason", "Téléphone perdu"));
    assertEquals(204, ended.statusCode(), ended.body());
    assertEquals(0, Json.list(self.get(MY_FILE)).size(), "the record is gone on the next request");
    assertProblem(
        self.json("POST", MY_FILE + "/mandates/" + mandateId + "/revocation", Map.of()), 404, null);
    assertEquals("ACTIVE", json(worker.get(Mandates.url(mandateId))).get("status"));
    assertProblem(
        worker.json("POST", PersonAccess.url(person) + "/revocation", Map.of()), 409, null);
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(r -> r.action().equals("person.access.end") && person.equals(r.targetId())));

    // A new link, redeemed by the person's existing account, gives the record back.
    String link = PersonAccess.link(worker, person);
    HttpResponse<String> again = PersonAccess.redeem(self, link, username);
    assertTrue(WebClient.location(again).endsWith("/app/my-file.xhtml"), again.toString());
    List<Object> records = Json.list(self.get(MY_FILE));
    assertEquals(1, records.size());
    assertEquals(person, ((Map<String, Object>) records.get(0)).get("personId"));
  }

  @Test
  void aGuardianshipMandateIsNotRevokedByTheMinorAlone() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String ts1 =
        (String)
            json(Logins.signedIn("ts1.ccas").get(Ports.base() + "/api/v1/me")).get("accountId");
    LocalDate birth = TODAY.minusYears(16);
    Map<String, Object> minor = new HashMap<>();
    minor.put("lastName", "Traoré");
    minor.put("firstNames", "Awa " + UUID.randomUUID().toString().substring(0, 6));
    minor.put("birthDate", birth.toString());
    minor.put("aseMinor", true);
    minor.put("guardianshipReference", "TE-2026-0777");
    minor.put("assignTo", List.of(ts1));
    minor.put("confirmDuplicate", true);
    HttpResponse<String> created =
        admin.json(
            "POST", Ports.base() + "/api/v1/structures/" + Structures.CCAS + "/persons", minor);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");
    Map<String, Object> guardianship =
        Mandates.body(TODAY, TODAY.plusMonths(6), List.of("CHANGEMENT_ADRESSE"));
    guardianship.put("legalBasis", "ASE_GUARDIANSHIP");
    guardianship.put("basisReference", "TE-2026-0777");
    HttpResponse<String> m = admin.json("POST", Mandates.of(person), guardianship);
    assertEquals(201, m.statusCode(), m.body());
    String mandateId = (String) json(m).get("id");

    WebClient self = PersonAccess.signedIn(admin, person, Logins.uniqueName("jeune"));
    assertEquals(false, mandateIn(Json.list(self.get(MY_FILE)), mandateId).get("revocable"));
    assertProblem(
        self.json("POST", MY_FILE + "/mandates/" + mandateId + "/revocation", Map.of()),
        400,
        "mandate");
    assertEquals("AWAITING_EVIDENCE", json(admin.get(Mandates.url(mandateId))).get("status"));
  }

  @Test
  void aProtectedPersonsOwnSessionEndsSoonWhenIdleAndQuickExitEndsItAtOnce() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Protégée");
    p.put("firstNames", "Inès " + UUID.randomUUID().toString().substring(0, 6));
    p.put("birthDate", "1991-03-02");
    p.put("protectedPerson", true);
    p.put("protectionReason", "PROTECTION_ORDER");
    p.put("confirmDuplicate", true);
    HttpResponse<String> created =
        worker.json("POST", Ports.base() + "/api/v1/structures/" + Structures.CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String protectedPerson = (String) json(created).get("id");
    String ordinaryPerson = People.onCaseload(worker);

    IdentityChecks.record(worker, protectedPerson, "inesp"); // D3: before her access link
    WebClient shielded =
        PersonAccess.signedIn(worker, protectedPerson, Logins.uniqueName("protegee"));
    WebClient ordinary =
        PersonAccess.signedIn(worker, ordinaryPerson, Logins.uniqueName("personne"));
    assertEquals(200, shielded.get(MY_FILE).statusCode());
    assertEquals(200, ordinary.get(MY_FILE).statusCode());
    // The test server sets the protected idle timeout to a few seconds (see pom.xml); the
    // ordinary one keeps its 15 minutes (S5).
    Thread.sleep(Duration.ofSeconds(PROTECTED_IDLE_SECONDS + 3).toMillis());
    assertEquals(401, shielded.get(Ports.base() + "/api/v1/me").statusCode());
    assertEquals(200, ordinary.get(Ports.base() + "/api/v1/me").statusCode());

    // S44: quick exit ends the session at once and lands on a neutral page.
    long before = Journal.maxSeq();
    HttpResponse<String> exit = ordinary.get(Ports.base() + "/exit");
    assertEquals(303, exit.statusCode());
    assertEquals(PersonAccess.QUICK_EXIT_URL, WebClient.location(exit));
    assertTrue(exit.headers().firstValue("Clear-Site-Data").orElse("").contains("cookies"));
    assertEquals(401, ordinary.get(Ports.base() + "/api/v1/me").statusCode());
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(r -> r.action().equals("auth.logout") && "quick-exit".equals(r.detail())));
  }

  /** Set for the test server in pom.xml. */
  static final int PROTECTED_IDLE_SECONDS = 8;
}
