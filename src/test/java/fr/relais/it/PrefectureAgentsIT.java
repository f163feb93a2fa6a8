package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.PrefectureAgents;
import fr.relais.it.support.Sirets;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Prefecture agents (A1, S7, S10, S11, S14, S40, S50, S71): the operator opens an agent's account
 * with an invitation naming the departments it covers — single use, bound to the first identity
 * that signs in with it; an agent sees and decides only on the structures of their departments, a
 * structure elsewhere answering exactly like an unknown one; they accredit only for their own
 * departments; a change of departments or a deactivation applies from the next request; only the
 * operator manages agents, and every refusal is journaled.
 */
class PrefectureAgentsIT extends RelaisIT {

  private static final String AGENTS = Ports.base() + "/api/v1/prefecture-agents";
  private static final String STRUCTURES = Ports.base() + "/api/v1/structures";

  /** A structure's request registered by the operator, for {@code departments}. */
  static String register(WebClient operator, List<String> departments) throws Exception {
    Map<String, Object> r = new HashMap<>();
    r.put("name", "Point d'accueil " + UUID.randomUUID().toString().substring(0, 6));
    r.put("type", "DOMICILIATION");
    r.put("siret", Sirets.random());
    r.put("addressLine", "5 rue des Écoles");
    r.put("postalCode", "20000");
    r.put("city", "Ajaccio");
    r.put("departments", departments);
    r.put("contactEmail", "accueil@example.org");
    HttpResponse<String> created = operator.json("POST", STRUCTURES, r);
    assertEquals(201, created.statusCode(), created.body());
    return (String) json(created).get("id");
  }

  static boolean listed(WebClient agent, String query, String structureId) throws Exception {
    return Json.list(agent.get(STRUCTURES + query)).stream()
        .anyMatch(s -> structureId.equals(((Map<?, ?>) s).get("id")));
  }

  @Test
  void anAgentSeesAndDecidesOnlyOnTheStructuresOfTheirDepartments() throws Exception {
    WebClient operator = Logins.signedIn("operateur");
    String nameA = Logins.uniqueName("agent.gironde");
    String nameB = Logins.uniqueName("agent.rhone");
    WebClient agentA = PrefectureAgents.newAgent(operator, nameA, List.of("33"));
    WebClient agentB = PrefectureAgents.newAgent(operator, nameB, List.of("69"));
    String gironde = register(operator, List.of("33", "47"));
    String rhone = register(operator, List.of("69"));
    long before = Journal.maxSeq();

    // Agent A: their queue holds the Gironde request, not the Rhône one; they see and decide it.
    assertTrue(listed(agentA, "?status=REQUESTED", gironde), "in A's queue");
    assertTrue(listed(agentA, "", gironde), "in A's list of every status");
    assertFalse(listed(agentA, "?status=REQUESTED", rhone), "not in A's queue");
    assertEquals(200, agentA.get(STRUCTURES + "/" + gironde).statusCode());

    // Accrediting for a department A does not cover is refused, field named, nothing changed.
    HttpResponse<String> tooWide =
        agentA.json(
            "POST",
            STRUCTURES + "/" + gironde + "/accreditation-decisions",
            PrefectureAgents.accredit(List.of("33", "47")));
    assertProblem(tooWide, 400, "departments");
    Map<String, Object> unchanged = json(agentA.get(STRUCTURES + "/" + gironde));
    assertEquals("REQUESTED", unchanged.get("status"));
    assertTrue(((List<?>) unchanged.get("decisions")).isEmpty(), "no decision recorded");

    // Agent B: the Gironde structure does not exist for them — the same answer as an unknown id.
    assertFalse(listed(agentB, "?status=REQUESTED", gironde), "not in B's queue");
    assertFalse(listed(agentB, "", gironde), "not in B's list of every status");
    assertTrue(listed(agentB, "?status=REQUESTED", rhone), "in B's queue");
    HttpResponse<String> outOfScope = agentB.get(STRUCTURES + "/" + gironde);
    HttpResponse<String> unknown = agentB.get(STRUCTURES + "/" + UUID.randomUUID());
    assertProblem(outOfScope, 404, null);
    assertProblem(unknown, 404, null);
    assertEquals(withoutRequestId(unknown), withoutRequestId(outOfScope), "S40: one answer");
    assertProblem(
        agentB.json(
            "POST",
            STRUCTURES + "/" + gironde + "/accreditation-decisions",
            PrefectureAgents.accredit(List.of("33"))),
        404,
        null);
    assertProblem(
        agentB.json(
            "POST",
            STRUCTURES + "/" + gironde + "/accreditation-decisions",
            Map.of("decision", "REFUSE", "reason", "Hors de mon département")),
        404,
        null);
    assertEquals("REQUESTED", json(agentA.get(STRUCTURES + "/" + gironde)).get("status"));

    // A accredits for their own department; B still cannot see the structure.
    HttpResponse<String> accredited =
        agentA.json(
            "POST",
            STRUCTURES + "/" + gironde + "/accreditation-decisions",
            PrefectureAgents.accredit(List.of("33")));
    assertEquals(200, accredited.statusCode(), accredited.body());
    assertEquals("ACCREDITED", json(accredited).get("status"));
    assertProblem(agentB.get(STRUCTURES + "/" + gironde), 404, null);
    assertFalse(listed(agentB, "?status=ACCREDITED", gironde));
    assertTrue(listed(operator, "?status=ACCREDITED", gironde), "the operator sees everything");

    // S50: each refusal is journaled with who tried what on which structure.
    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.outcome().equals("REFUSED")
                        && nameA.equals(r.actorSubject())
                        && r.action().equals("structure.accreditation.decide")
                        && gironde.equals(r.targetId())
                        && r.detail().contains("47")),
        "A's too-wide accreditation");
    for (String action : List.of("structure.view", "structure.accreditation.decide")) {
      assertTrue(
          rows.stream()
              .anyMatch(
                  r ->
                      r.outcome().equals("REFUSED")
                          && nameB.equals(r.actorSubject())
                          && r.action().equals(action)
                          && gironde.equals(r.targetId())
                          && "DEPARTMENTS_NOT_COVERED".equals(r.detail())),
          "B's refusal: " + action);
    }
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.outcome().equals("SUCCESS")
                        && nameA.equals(r.actorSubject())
                        && r.action().equals("structure.accreditation.accredit")));
  }

  @Test
  void theOperatorInvitesAnAgentAndTheLinkBindsToTheFirstIdentityOnly() throws Exception {
    WebClient operator = Logins.signedIn("operateur");
    long before = Journal.maxSeq();
    String link = PrefectureAgents.invitation(operator, List.of("2a", "2B"));

    String first = Logins.uniqueName("agent.corse");
    WebClient agent = new WebClient();
    HttpResponse<String> page = agent.get(link);
    assertTrue(page.body().contains("Connectez-vous avec votre propre identifiant"), page.body());
    HttpResponse<String> joined = Logins.throughStaffProvider(agent, first);
    assertEquals(Ports.base() + "/app/home.xhtml", WebClient.location(joined));
    Map<String, Object> me = json(agent.get(Ports.base() + "/api/v1/me"));
    assertEquals("PREFECTURE_AGENT", me.get("role"));
    assertNull(me.get("structureId"));
    assertEquals(List.of("2A", "2B"), me.get("departments"));

    // S7: the link is bound to the first identity; a second one is refused, even with the link.
    String second = Logins.uniqueName("intrus.corse");
    WebClient intruder = new WebClient();
    intruder.get(link);
    HttpResponse<String> refused = Logins.throughStaffProvider(intruder, second);
    assertEquals(
        Ports.base() + "/not-authorised.xhtml?reason=INVITATION_ALREADY_USED",
        WebClient.location(refused));
    assertEquals(401, intruder.get(Ports.base() + "/api/v1/me").statusCode());

    // The operator sees the new agent and the invitation as used.
    String accountId = (String) me.get("accountId");
    Map<?, ?> listedAgent =
        Json.list(operator.get(AGENTS)).stream()
            .map(a -> (Map<?, ?>) a)
            .filter(a -> accountId.equals(a.get("accountId")))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("2A", "2B"), listedAgent.get("departments"));
    assertEquals(Boolean.TRUE, listedAgent.get("active"));
    assertTrue(operator.get(AGENTS + "/invitations").body().contains("\"status\":\"ACCEPTED\""));

    // A revoked invitation opens nothing.
    String revokedLink = PrefectureAgents.invitation(operator, List.of("2A"));
    String revokedId =
        Json.list(operator.get(AGENTS + "/invitations")).stream()
            .map(i -> (Map<?, ?>) i)
            .filter(i -> "PENDING".equals(i.get("status")))
            .map(i -> (String) i.get("id"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        204,
        operator
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(AGENTS + "/invitations/" + revokedId))
                    .DELETE())
            .statusCode());
    WebClient late = new WebClient();
    late.get(revokedLink);
    assertEquals(
        Ports.base() + "/not-authorised.xhtml?reason=INVITATION_REVOKED",
        WebClient.location(Logins.throughStaffProvider(late, Logins.uniqueName("agent.tardif"))));

    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("prefecture_agent.invite")
                        && r.outcome().equals("SUCCESS")
                        && "operateur".equals(r.actorSubject())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("prefecture_agent.join")
                        && r.outcome().equals("SUCCESS")
                        && first.equals(r.actorSubject())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("prefecture_agent.join")
                        && r.outcome().equals("REFUSED")
                        && second.equals(r.actorSubject())));
    assertTrue(
        rows.stream().anyMatch(r -> r.action().equals("prefecture_agent.invitation.revoke")));
  }

  @Test
  void onlyTheOperatorManagesAgentsAndBadInputChangesNothing() throws Exception {
    WebClient operator = Logins.signedIn("operateur");
    String agentName = Logins.uniqueName("agent.gers");
    WebClient agent = PrefectureAgents.newAgent(operator, agentName, List.of("32"));
    String agentId = (String) json(agent.get(Ports.base() + "/api/v1/me")).get("accountId");
    long before = Journal.maxSeq();

    Map<String, WebClient> others = new java.util.LinkedHashMap<>();
    others.put("admin.ccas", Logins.signedIn("admin.ccas"));
    others.put("ts1.ccas", Logins.signedIn("ts1.ccas"));
    others.put(agentName, agent);
    for (Map.Entry<String, WebClient> other : others.entrySet()) {
      WebClient w = other.getValue();
      assertProblem(
          w.json("POST", AGENTS + "/invitations", Map.of("departments", List.of("32"))), 403, null);
      assertProblem(w.get(AGENTS), 403, null);
      assertProblem(w.get(AGENTS + "/invitations"), 403, null);
      assertProblem(
          w.json(
              "PUT", AGENTS + "/" + agentId + "/departments", Map.of("departments", List.of("75"))),
          403,
          null);
      assertProblem(w.json("POST", AGENTS + "/" + agentId + "/deactivation", "{}"), 403, null);
    }
    assertEquals(401, new WebClient().get(AGENTS).statusCode());
    List<Journal.Row> rows = Journal.since(before);
    for (String subject : others.keySet()) {
      assertTrue(
          rows.stream()
              .anyMatch(
                  r ->
                      r.outcome().equals("REFUSED")
                          && r.action().equals("prefecture_agent.manage")
                          && subject.equals(r.actorSubject())),
          "journaled refusal for " + subject);
    }
    assertEquals(List.of("32"), json(agent.get(Ports.base() + "/api/v1/me")).get("departments"));

    // S71: bad input from the operator is refused with the field, and changes nothing.
    String invitationsBefore = operator.get(AGENTS + "/invitations").body();
    assertProblem(
        operator.json("POST", AGENTS + "/invitations", Map.of("departments", List.of())),
        400,
        "departments");
    assertProblem(
        operator.json("POST", AGENTS + "/invitations", Map.of("departments", List.of("99"))),
        400,
        "departments");
    assertProblem(operator.json("POST", AGENTS + "/invitations", "{}"), 400, "departments");
    assertProblem(operator.json("POST", AGENTS + "/invitations", "{\"departments\": "), 400, null);
    assertEquals(invitationsBefore, operator.get(AGENTS + "/invitations").body(), "none created");
    assertProblem(
        operator.json(
            "PUT", AGENTS + "/" + agentId + "/departments", Map.of("departments", List.of("20"))),
        400,
        "departments");
    assertEquals(List.of("32"), json(agent.get(Ports.base() + "/api/v1/me")).get("departments"));

    // Only prefecture agents' accounts are reachable here: a member's id is unknown.
    String memberId =
        (String) json(others.get("ts1.ccas").get(Ports.base() + "/api/v1/me")).get("accountId");
    for (String id : List.of(memberId, UUID.randomUUID().toString(), "not-an-id")) {
      assertProblem(
          operator.json(
              "PUT", AGENTS + "/" + id + "/departments", Map.of("departments", List.of("32"))),
          404,
          null);
      assertProblem(operator.json("POST", AGENTS + "/" + id + "/deactivation", "{}"), 404, null);
    }
    assertEquals(200, others.get("ts1.ccas").get(Ports.base() + "/api/v1/me").statusCode());
  }

  @Test
  void aChangeOfDepartmentsOrADeactivationAppliesFromTheNextRequest() throws Exception {
    WebClient operator = Logins.signedIn("operateur");
    WebClient agent =
        PrefectureAgents.newAgent(operator, Logins.uniqueName("agent.mobile"), List.of("69"));
    String agentId = (String) json(agent.get(Ports.base() + "/api/v1/me")).get("accountId");
    String corse = register(operator, List.of("2B"));
    long before = Journal.maxSeq();
    assertProblem(agent.get(STRUCTURES + "/" + corse), 404, null);

    HttpResponse<String> moved =
        operator.json(
            "PUT", AGENTS + "/" + agentId + "/departments", Map.of("departments", List.of("2b")));
    assertEquals(200, moved.statusCode(), moved.body());
    assertEquals(List.of("2B"), json(moved).get("departments"));
    // The same session, on its very next request (S11).
    assertEquals(200, agent.get(STRUCTURES + "/" + corse).statusCode());
    assertTrue(listed(agent, "?status=REQUESTED", corse));
    assertEquals(List.of("2B"), json(agent.get(Ports.base() + "/api/v1/me")).get("departments"));

    assertEquals(
        200,
        operator
            .json(
                "PUT",
                AGENTS + "/" + agentId + "/departments",
                Map.of("departments", List.of("69")))
            .statusCode());
    assertProblem(agent.get(STRUCTURES + "/" + corse), 404, null);
    assertFalse(listed(agent, "?status=REQUESTED", corse));

    HttpResponse<String> off =
        operator.json("POST", AGENTS + "/" + agentId + "/deactivation", "{}");
    assertEquals(200, off.statusCode(), off.body());
    assertEquals(Boolean.FALSE, json(off).get("active"));
    assertEquals(401, agent.get(Ports.base() + "/api/v1/me").statusCode(), "S11: at once");
    assertProblem(
        operator.json("POST", AGENTS + "/" + agentId + "/deactivation", "{}"), 400, "accountId");
    assertProblem(
        operator.json(
            "PUT", AGENTS + "/" + agentId + "/departments", Map.of("departments", List.of("2B"))),
        400,
        "accountId");

    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("prefecture_agent.departments.update")
                        && agentId.equals(r.targetId())
                        && "departments 2B".equals(r.detail())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("prefecture_agent.deactivate")
                        && agentId.equals(r.targetId())));
  }
}
