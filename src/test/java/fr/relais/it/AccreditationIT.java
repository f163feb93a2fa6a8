package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestClock;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accreditation of structures (A1, S10, S11, S71): the operator registers a request, a prefecture
 * agent decides; bad input changes nothing; other roles are refused and the refusal journaled;
 * expiry follows the clock; a member sees where their structure stands, and only their own.
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock")
class AccreditationIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1/structures";

  private static final String CCAS = Structures.CCAS;

  private static int siretCounter = 100;

  /** A fresh valid SIRET (Luhn) for each registration. */
  private static String newSiret() {
    String base = String.format("8%08d0001", siretCounter++);
    for (int c = 0; c < 10; c++) {
      String candidate = base + c;
      int sum = 0;
      for (int i = 0; i < 14; i++) {
        int d = candidate.charAt(13 - i) - '0';
        if (i % 2 == 1) {
          d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        }
        sum += d;
      }
      if (sum % 10 == 0) {
        return candidate;
      }
    }
    throw new AssertionError();
  }

  private static Map<String, Object> registration(String siret) {
    Map<String, Object> r = new HashMap<>();
    r.put("name", "Association Relais Domiciliation " + siret.substring(5, 9));
    r.put("type", "DOMICILIATION");
    r.put("siret", siret);
    r.put("addressLine", "3 allée des Tilleuls");
    r.put("postalCode", "33000");
    r.put("city", "Bordeaux");
    r.put("departments", List.of("33", "47"));
    r.put("contactEmail", "contact@domiciliation.example");
    return r;
  }

  private static String register(WebClient operator) throws Exception {
    HttpResponse<String> r = operator.json("POST", API, registration(newSiret()));
    assertEquals(201, r.statusCode(), r.body());
    String id = (String) json(r).get("id");
    assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/structures/" + id));
    return id;
  }

  private static HttpResponse<String> decide(WebClient agent, String id, Map<String, Object> d)
      throws Exception {
    return agent.json("POST", API + "/" + id + "/accreditation-decisions", d);
  }

  private static Map<String, Object> accredit(LocalDate from, LocalDate until) {
    Map<String, Object> d = new HashMap<>();
    d.put("decision", "ACCREDIT");
    // S10: within the departments the demo agent covers (31, 47, 82), of the two requested.
    d.put("departments", List.of("47"));
    d.put("validFrom", from.toString());
    d.put("validUntil", until.toString());
    return d;
  }

  @Test
  void theOperatorRegistersAndAnAgentAccreditsThenSuspendsReinstatesAndRevokes() throws Exception {
    WebClient operator = Logins.signedIn("operateur");
    WebClient agent = Logins.signedIn("agent.prefecture");
    long before = Journal.maxSeq();
    String id = register(operator);

    List<?> queue = Json.array(agent.get(API + "?status=REQUESTED").body());
    assertTrue(queue.toString().contains(id), "the new request is in the agent's queue");

    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    HttpResponse<String> ok = decide(agent, id, accredit(today, today.plusYears(1)));
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals("ACCREDITED", json(ok).get("status"));
    assertEquals(Boolean.TRUE, json(ok).get("inForce"));

    HttpResponse<String> noReason = decide(agent, id, Map.of("decision", "SUSPEND"));
    assertProblem(noReason, 400, "reason");
    assertEquals("ACCREDITED", json(agent.get(API + "/" + id)).get("status"), "nothing changed");

    HttpResponse<String> suspended =
        decide(agent, id, Map.of("decision", "SUSPEND", "reason", "Contrôle en cours"));
    assertEquals("SUSPENDED", json(suspended).get("status"));
    assertEquals(Boolean.FALSE, json(suspended).get("inForce"));
    assertEquals("Contrôle en cours", json(suspended).get("statusReason"));
    assertEquals(
        "ACCREDITED", json(decide(agent, id, Map.of("decision", "REINSTATE"))).get("status"));
    HttpResponse<String> revoked =
        decide(agent, id, Map.of("decision", "REVOKE", "reason", "Retrait de l'agrément"));
    assertEquals("REVOKED", json(revoked).get("status"));
    assertProblem(decide(agent, id, Map.of("decision", "REINSTATE")), 400, "decision");
    assertEquals(4, ((List<?>) json(revoked).get("decisions")).size(), "the whole history");

    List<Journal.Row> rows = Journal.since(before);
    for (String action :
        List.of(
            "structure.register",
            "structure.accreditation.accredit",
            "structure.accreditation.suspend",
            "structure.accreditation.reinstate",
            "structure.accreditation.revoke")) {
      assertTrue(
          rows.stream().anyMatch(r -> r.action().equals(action) && id.equals(r.targetId())),
          "journaled: " + action);
    }
  }

  @Test
  void refusalNeedsAReasonAndKeepsIt() throws Exception {
    WebClient operator = Logins.signedIn("operateur");
    WebClient agent = Logins.signedIn("agent.prefecture");
    String id = register(operator);
    assertProblem(decide(agent, id, Map.of("decision", "REFUSE")), 400, "reason");
    HttpResponse<String> refused =
        decide(agent, id, Map.of("decision", "REFUSE", "reason", "Dossier incomplet"));
    assertEquals("REFUSED", json(refused).get("status"));
    assertEquals("Dossier incomplet", json(refused).get("statusReason"));
  }

  @Test
  void accreditationExpiresWithTimeAndCanBeRenewed() throws Exception {
    WebClient operator = Logins.signedIn("operateur");
    WebClient agent = Logins.signedIn("agent.prefecture");
    String id = register(operator);
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    assertEquals(200, decide(agent, id, accredit(today, today.plusDays(10))).statusCode());
    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    try {
      TestClock.shiftSeconds(token, 11 * 86400L);
      // Eleven days later the old session is long past its 12-hour lifetime: sign in again.
      assertEquals(401, agent.get(API + "/" + id).statusCode());
      agent = Logins.signedIn("agent.prefecture");
      Map<String, Object> expired = json(agent.get(API + "/" + id));
      assertEquals("EXPIRED", expired.get("status"));
      assertEquals(Boolean.FALSE, expired.get("inForce"));
      HttpResponse<String> renewed =
          decide(
              agent, id, Map.of("decision", "RENEW", "validUntil", today.plusYears(1).toString()));
      assertEquals(200, renewed.statusCode(), renewed.body());
      assertEquals("ACCREDITED", json(renewed).get("status"));
      assertEquals(Boolean.TRUE, json(renewed).get("inForce"));
    } finally {
      TestClock.shiftSeconds(token, 0);
    }
  }

  @Test
  void badRegistrationsAreRefusedWithTheFieldAndCreateNothing() throws Exception {
    WebClient operator = Logins.signedIn("operateur");
    int before = operator.get(API).body().split("\"id\"").length;
    Map<String, Object> badSiret = registration("12345678901234");
    assertProblem(operator.json("POST", API, badSiret), 400, "siret");
    Map<String, Object> badDepartment = registration(newSiret());
    badDepartment.put("departments", List.of("99"));
    assertProblem(operator.json("POST", API, badDepartment), 400, "departments");
    Map<String, Object> noName = registration(newSiret());
    noName.remove("name");
    assertProblem(operator.json("POST", API, noName), 400, "name");
    Map<String, Object> badType = registration(newSiret());
    badType.put("type", "BANK");
    assertProblem(operator.json("POST", API, badType), 400, "type");
    String siret = newSiret();
    assertEquals(201, operator.json("POST", API, registration(siret)).statusCode());
    assertProblem(operator.json("POST", API, "{\"name\": "), 400, null);
    assertEquals(before + 1, operator.get(API).body().split("\"id\"").length, "only the valid one");
    // A SIRET already waiting is accepted again, and one already accredited refused: see
    // SelfServiceAccreditationIT.
  }

  @Test
  void badDecisionsAreRefusedAndChangeNothing() throws Exception {
    WebClient operator = Logins.signedIn("operateur");
    WebClient agent = Logins.signedIn("agent.prefecture");
    String id = register(operator);
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    assertProblem(decide(agent, id, accredit(today, today.minusDays(1))), 400, "validUntil");
    assertProblem(decide(agent, id, accredit(today, today.plusYears(6))), 400, "validUntil");
    Map<String, Object> noDepartment = accredit(today, today.plusYears(1));
    noDepartment.put("departments", List.of());
    assertProblem(decide(agent, id, noDepartment), 400, "departments");
    assertProblem(decide(agent, id, Map.of("decision", "PROMOTE")), 400, "decision");
    assertProblem(
        agent.json(
            "POST",
            API + "/" + id + "/accreditation-decisions",
            "{\"decision\": 3, \"validFrom\": \"hier\"}"),
        400,
        null);
    Map<String, Object> unchanged = json(agent.get(API + "/" + id));
    assertEquals("REQUESTED", unchanged.get("status"));
    assertTrue(((List<?>) unchanged.get("decisions")).isEmpty());
    assertEquals(404, agent.get(API + "/" + java.util.UUID.randomUUID()).statusCode());
    assertEquals(404, agent.get(API + "/not-an-id").statusCode());
  }

  @Test
  void onlyAgentsDecideOnlyTheOperatorRegistersAndMembersSeeOnlyTheirOwnStructure()
      throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient otherStructure = Logins.signedIn("admin.asso");
    WebClient operator = Logins.signedIn("operateur");
    long before = Journal.maxSeq();

    assertProblem(worker.json("POST", API, registration(newSiret())), 403, null);
    assertProblem(worker.get(API), 403, null);
    Map<String, Object> own = json(worker.get(API + "/" + CCAS));
    assertEquals("ACCREDITED", own.get("status"), "a member sees where their structure stands");
    // Another structure's member is answered as for an unknown id (S40).
    assertProblem(otherStructure.get(API + "/" + CCAS), 404, null);
    assertProblem(
        decide(otherStructure, CCAS, Map.of("decision", "SUSPEND", "reason", "non")), 404, null);
    assertProblem(
        decide(operator, CCAS, Map.of("decision", "SUSPEND", "reason", "non")), 403, null);
    assertProblem(decide(worker, CCAS, Map.of("decision", "SUSPEND", "reason", "non")), 403, null);
    assertEquals(401, new WebClient().get(API + "/" + CCAS).statusCode());

    List<Journal.Row> refusals =
        Journal.since(before).stream().filter(r -> r.outcome().equals("REFUSED")).toList();
    assertTrue(refusals.stream().anyMatch(r -> r.action().equals("structure.register")));
    assertTrue(
        refusals.stream()
            .anyMatch(
                r -> r.action().equals("structure.view") && "admin.asso".equals(r.actorSubject())));
    assertTrue(
        refusals.stream().anyMatch(r -> r.action().equals("structure.accreditation.decide")));
    assertFalse(json(worker.get(API + "/" + CCAS)).containsKey("error"));
  }
}
