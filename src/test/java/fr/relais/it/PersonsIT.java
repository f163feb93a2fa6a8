package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Accompanied people and caseloads (A4, S10, S11, S40, S50, S71): keyset pages of one's caseload,
 * the administrator's whole structure, duplicates within the structure only, volunteers and
 * protected people, other structures answered as "not found", suspension taking effect at once,
 * hand-over when a member leaves.
 */
@org.junit.jupiter.api.parallel.Isolated("suspends the demonstration CCAS every class uses")
class PersonsIT extends RelaisIT {

  private static final String STRUCTURE_API =
      Ports.base() + "/api/v1/structures/" + Structures.CCAS;
  private static final String LIST = STRUCTURE_API + "/persons";
  private static final String PERSON = Ports.base() + "/api/v1/persons/";

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> all(WebClient web, String query) throws Exception {
    List<Map<String, Object>> items = new ArrayList<>();
    String after = null;
    for (int guard = 0; guard < 100; guard++) {
      String url =
          LIST
              + "?limit=200"
              + (query == null ? "" : "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
              + (after == null ? "" : "&after=" + after);
      HttpResponse<String> r = web.get(url);
      assertEquals(200, r.statusCode(), r.body());
      Map<String, Object> page = json(r);
      items.addAll((List<Map<String, Object>>) page.get("items"));
      after = (String) page.get("next");
      if (after == null) {
        return items;
      }
    }
    throw new AssertionError("too many pages");
  }

  private static Map<String, Object> newPerson(String last, String first, String birth) {
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", last);
    p.put("firstNames", first);
    p.put("birthDate", birth);
    p.put("nationality", "ivoirienne");
    p.put("contact", Map.of("domiciledAtStructure", true));
    return p;
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSocialWorkerPagesThroughTheirOwnCaseloadInNameOrder() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    HttpResponse<String> first = worker.get(LIST);
    Map<String, Object> page = json(first);
    assertEquals(50, ((List<?>) page.get("items")).size(), "a default page of 50");
    assertNotNull(page.get("next"));

    List<Map<String, Object>> mine = all(worker, null);
    assertTrue(mine.size() >= 500, "the demo gives each worker about 500 people: " + mine.size());
    Set<String> ids = new HashSet<>();
    String previous = "";
    for (Map<String, Object> p : mine) {
      assertTrue(ids.add((String) p.get("id")), "no person twice across pages");
      assertTrue(
          ((List<Map<String, Object>>) p.get("assignees"))
              .stream().anyMatch(a -> "Julien Petit".equals(a.get("displayName"))),
          "only their caseload");
      String key = ((String) p.get("displayName"));
      assertNotNull(key);
    }
    assertTrue(previous.isEmpty());

    WebClient admin = Logins.signedIn("admin.ccas");
    List<Map<String, Object>> everyone = all(admin, null);
    assertTrue(everyone.size() >= 1000, "the administrator sees the whole structure");
    assertTrue(everyone.size() > mine.size());
  }

  @Test
  void searchFindsByNamePrefixAndByNumberAndBadPagingIsRefused() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    List<Map<String, Object>> found = all(admin, "Diallo");
    assertFalse(found.isEmpty());
    assertTrue(found.stream().allMatch(p -> ((String) p.get("displayName")).endsWith("Diallo")));
    List<Map<String, Object>> accentless = all(admin, "traore");
    assertTrue(
        accentless.stream().allMatch(p -> ((String) p.get("displayName")).contains("Traoré")));
    List<Map<String, Object>> byNumber = all(admin, "75000 00001");
    assertEquals(1, byNumber.size());
    assertProblem(admin.get(LIST + "?limit=0"), 400, "limit");
    assertProblem(admin.get(LIST + "?limit=500"), 400, "limit");
    assertProblem(admin.get(LIST + "?after=not-a-cursor"), 400, "after");
  }

  @Test
  void creatingWarnsOfDuplicatesInTheStructureOnlyAndBadInputChangesNothing() throws Exception {
    WebClient worker = Logins.signedIn("ts2.ccas");
    long before = Journal.maxSeq();
    HttpResponse<String> created =
        worker.json("POST", LIST, newPerson("Konaté", "Awa Mariam", "1990-04-12"));
    assertEquals(201, created.statusCode(), created.body());
    Map<String, Object> person = json(created);
    String id = (String) person.get("id");
    assertTrue(
        person.get("assignees").toString().contains("Awa Diallo"), "the creator follows them");
    assertNull(person.get("foreignNationalNumber"), "the number is optional");

    HttpResponse<String> duplicate =
        worker.json("POST", LIST, newPerson("KONATE", "Awa  Mariam", "1990-04-12"));
    assertEquals(409, duplicate.statusCode(), duplicate.body());
    assertTrue(duplicate.body().contains(id), "the matching record is named");
    Map<String, Object> confirmed = newPerson("Konaté", "Awa Mariam", "1990-04-12");
    confirmed.put("confirmDuplicate", true);
    assertEquals(201, worker.json("POST", LIST, confirmed).statusCode());

    // The same identity in another structure is no duplicate: nothing crosses structures (S40).
    WebClient other = Logins.signedIn("ts1.asso");
    String asso = Ports.base() + "/api/v1/structures/" + Structures.ASSO + "/persons";
    assertEquals(
        201,
        other.json("POST", asso, newPerson("Konaté", "Awa Mariam", "1990-04-12")).statusCode());

    int count = all(worker, "konate").size();
    Map<String, Object> noName = newPerson(null, "X", "1990-01-01");
    noName.remove("lastName");
    assertProblem(worker.json("POST", LIST, noName), 400, "lastName");
    Map<String, Object> badNumber = newPerson("Test", "Nombre", "1990-01-01");
    badNumber.put("foreignNationalNumber", "12AB");
    assertProblem(worker.json("POST", LIST, badNumber), 400, "foreignNationalNumber");
    assertProblem(
        worker.json("POST", LIST, newPerson("Futur", "Né", "2999-01-01")), 400, "birthDate");
    Map<String, Object> protectedNoReason = newPerson("Konaté", "Sans Motif", "1990-01-01");
    protectedNoReason.put("protectedPerson", true);
    // F1: who may protect someone (ts1.ccas holds the habilitation) is told the reason is missing;
    // who may not is refused before that (ProtectionIT).
    assertProblem(
        Logins.signedIn("ts1.ccas").json("POST", LIST, protectedNoReason), 400, "protectionReason");
    assertProblem(worker.json("POST", LIST, protectedNoReason), 403, null);
    Map<String, Object> minorNoDecision = newPerson("Konaté", "Mineur", "2012-01-01");
    minorNoDecision.put("aseMinor", true);
    assertProblem(worker.json("POST", LIST, minorNoDecision), 400, "guardianshipReference");
    assertProblem(worker.json("POST", LIST, "{\"lastName\": ["), 400, null);
    assertEquals(count, all(worker, "konate").size(), "nothing was created");
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(r -> r.action().equals("person.create") && id.equals(r.targetId())));
  }

  @Test
  void filesOfOtherCaseloadsAndOtherStructuresAreNotFoundAndTheRefusalIsJournaled()
      throws Exception {
    WebClient ts1 = Logins.signedIn("ts1.ccas");
    String id =
        (String)
            ((List<Map<String, Object>>) (Object) json(ts1.get(LIST)).get("items"))
                .get(0)
                .get("id");
    long before = Journal.maxSeq();
    HttpResponse<String> own = ts1.get(PERSON + id);
    assertEquals(200, own.statusCode(), own.body());
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(r -> r.action().equals("person.view") && id.equals(r.targetId())),
        "S50: the read is journaled");

    HttpResponse<String> colleague = Logins.signedIn("ts2.ccas").get(PERSON + id);
    HttpResponse<String> otherStructure = Logins.signedIn("admin.asso").get(PERSON + id);
    HttpResponse<String> unknown = ts1.get(PERSON + java.util.UUID.randomUUID());
    for (HttpResponse<String> r : List.of(colleague, otherStructure, unknown)) {
      assertEquals(404, r.statusCode());
      assertEquals(
          unknown.body().replaceAll("\"requestId\":\"[^\"]+\"", ""),
          r.body().replaceAll("\"requestId\":\"[^\"]+\"", ""),
          "S40: one answer");
    }
    WebClient admin = Logins.signedIn("admin.ccas");
    assertEquals(200, admin.get(PERSON + id).statusCode());
    // F3: the administrator sees who accessed the file, including the refused attempts.
    HttpResponse<String> history = admin.get(PERSON + id + "/history?limit=100");
    assertEquals(200, history.statusCode(), history.body());
    assertTrue(history.body().contains("\"action\":\"person.view\""), history.body());
    assertTrue(history.body().contains("Julien Petit"), "who read it");
    assertTrue(history.body().contains("\"outcome\":\"REFUSED\""), "refused attempts too");
    assertProblem(ts1.get(PERSON + id + "/history"), 403, null);
    assertProblem(Logins.signedIn("operateur").get(PERSON + id), 404, null);
    assertProblem(Logins.signedIn("agent.prefecture").get(LIST), 403, null);
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(
                r ->
                    r.action().equals("person.view")
                        && r.outcome().equals("REFUSED")
                        && "admin.asso".equals(r.actorSubject())));
  }

  @Test
  void aSuspendedStructureActsForNoOneFromTheNextRequest() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    assertEquals(200, worker.get(LIST).statusCode());
    WebClient agent = Logins.signedIn("agent.prefecture");
    String decisions =
        Ports.base() + "/api/v1/structures/" + Structures.CCAS + "/accreditation-decisions";
    assertEquals(
        200,
        agent
            .json("POST", decisions, Map.of("decision", "SUSPEND", "reason", "Contrôle"))
            .statusCode());
    try {
      assertProblem(worker.get(LIST), 403, null);
      assertProblem(
          worker.json("POST", LIST, newPerson("Pendant", "Suspension", "1980-01-01")), 403, null);
      Map<String, Object> structure = json(worker.get(STRUCTURE_API));
      assertEquals("SUSPENDED", structure.get("status"), "members still see why");
    } finally {
      assertEquals(
          200, agent.json("POST", decisions, Map.of("decision", "REINSTATE")).statusCode());
    }
    assertEquals(200, worker.get(LIST).statusCode());
  }

  @Test
  @SuppressWarnings("unchecked")
  void volunteersNeverFollowProtectedPeopleAndLeavingMembersHandOverTheirCaseload()
      throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    HttpResponse<String> inv =
        admin.json("POST", STRUCTURE_API + "/invitations", Map.of("role", "VOLUNTEER"));
    WebClient volunteer = new WebClient();
    volunteer.get((String) json(inv).get("link"));
    Logins.throughStaffProvider(volunteer, "benevole.ccas");
    String volunteerId = (String) json(volunteer.get(Ports.base() + "/api/v1/me")).get("accountId");
    String ts1Id =
        (String)
            json(Logins.signedIn("ts1.ccas").get(Ports.base() + "/api/v1/me")).get("accountId");

    List<Map<String, Object>> everyone = all(admin, null);
    String protectedId =
        (String)
            everyone.stream()
                .filter(p -> Boolean.TRUE.equals(p.get("protectedPerson")))
                .findFirst()
                .orElseThrow()
                .get("id");
    String ordinaryId =
        (String)
            everyone.stream()
                .filter(p -> Boolean.FALSE.equals(p.get("protectedPerson")))
                .findFirst()
                .orElseThrow()
                .get("id");

    assertProblem(
        admin.json(
            "PUT",
            PERSON + protectedId + "/assignments",
            Map.of("accountIds", List.of(volunteerId))),
        400,
        "assignTo");
    assertEquals(
        200,
        admin
            .json(
                "PUT",
                PERSON + ordinaryId + "/assignments",
                Map.of("accountIds", List.of(volunteerId)))
            .statusCode());
    assertEquals(1, all(volunteer, null).size(), "the volunteer sees exactly their one person");
    assertEquals(200, volunteer.get(PERSON + ordinaryId).statusCode());
    assertProblem(volunteer.get(PERSON + protectedId), 404, null);
    assertProblem(
        volunteer.json("POST", LIST, newPerson("Par", "Bénévole", "1980-01-01")), 403, null);
    assertProblem(
        admin.json("PUT", PERSON + ordinaryId + "/assignments", Map.of("accountIds", List.of())),
        400,
        "accountIds");

    String deactivate = STRUCTURE_API + "/members/" + volunteerId + "/deactivation";
    assertProblem(admin.json("POST", deactivate, "{}"), 400, "handOverTo");
    assertEquals(200, volunteer.get(LIST).statusCode(), "still a member after the refusal");
    HttpResponse<String> done = admin.json("POST", deactivate, Map.of("handOverTo", ts1Id));
    assertEquals(200, done.statusCode(), done.body());
    assertEquals(401, volunteer.get(LIST).statusCode(), "S11");
    Map<String, Object> handedOver = json(admin.get(PERSON + ordinaryId));
    assertTrue(
        ((List<Map<String, Object>>) handedOver.get("assignees"))
            .stream().anyMatch(a -> ts1Id.equals(a.get("accountId"))),
        "the person now has a member: " + handedOver);
    List<String> followers =
        ((List<Map<String, Object>>) handedOver.get("assignees"))
            .stream().map(a -> (String) a.get("accountId")).toList();
    assertFalse(
        followers.contains(volunteerId), "a deactivated member follows nobody: " + handedOver);
    HttpResponse<String> saved =
        admin.json("PUT", PERSON + ordinaryId + "/assignments", Map.of("accountIds", followers));
    assertEquals(200, saved.statusCode(), "saving her followers unchanged: " + saved.body());
  }
}
