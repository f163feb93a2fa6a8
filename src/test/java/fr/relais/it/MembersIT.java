package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestClock;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Members of a structure (A3, S7, S11): single-use invitations bound to the first identity that
 * signs in with them, expiry after 48 hours, immediate deactivation, habilitations, and who may
 * manage whom.
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock")
class MembersIT extends RelaisIT {

  private static final String STRUCTURE = Ports.base() + "/api/v1/structures/" + Structures.CCAS;

  private static String invite(WebClient admin, Map<String, Object> body) throws Exception {
    HttpResponse<String> r = admin.json("POST", STRUCTURE + "/invitations", body);
    assertEquals(201, r.statusCode(), r.body());
    String link = (String) json(r).get("link");
    assertTrue(link.startsWith(Ports.base() + "/invitation.xhtml?token="), link);
    return link;
  }

  /** Opens the link, then signs in at the local provider as {@code username}. */
  private static HttpResponse<String> joinWith(WebClient web, String link, String username)
      throws Exception {
    HttpResponse<String> page = web.get(link);
    assertEquals(200, page.statusCode());
    return Logins.throughStaffProvider(web, username);
  }

  @Test
  void anInvitationBindsToTheFirstIdentityAndOnlyToIt() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    long before = Journal.maxSeq();
    String link = invite(admin, Map.of("role", "SOCIAL_WORKER", "identityChecker", true));

    WebClient recruit = new WebClient();
    HttpResponse<String> page = recruit.get(link);
    assertTrue(page.body().contains("Connectez-vous avec votre propre identifiant"), page.body());
    HttpResponse<String> joined = Logins.throughStaffProvider(recruit, "nouvelle.recrue");
    assertEquals(Ports.base() + "/app/home.xhtml", WebClient.location(joined));
    Map<String, Object> me = json(recruit.get(Ports.base() + "/api/v1/me"));
    assertEquals("SOCIAL_WORKER", me.get("role"));
    assertEquals(Structures.CCAS, me.get("structureId"));

    WebClient intruder = new WebClient();
    HttpResponse<String> refused = joinWith(intruder, link, "intrus");
    assertEquals(
        Ports.base() + "/not-authorised.xhtml?reason=INVITATION_ALREADY_USED",
        WebClient.location(refused));
    assertEquals(401, intruder.get(Ports.base() + "/api/v1/me").statusCode());

    String members = admin.get(STRUCTURE + "/members").body();
    assertTrue(members.contains("nouvelle.recrue") || members.contains("\"identityChecker\":true"));
    List<Journal.Row> rows = Journal.since(before);
    assertTrue(rows.stream().anyMatch(r -> r.action().equals("member.invite")));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("member.join")
                        && r.outcome().equals("SUCCESS")
                        && "nouvelle.recrue".equals(r.actorSubject())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("member.join")
                        && r.outcome().equals("REFUSED")
                        && "intrus".equals(r.actorSubject())));
  }

  @Test
  void anInvitationExpiresAfter48Hours() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String link = invite(admin, Map.of("role", "VOLUNTEER"));
    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    try {
      TestClock.shiftSeconds(token, 49 * 3600L);
      WebClient late = new WebClient();
      HttpResponse<String> refused = joinWith(late, link, "retardataire");
      assertEquals(
          Ports.base() + "/not-authorised.xhtml?reason=INVITATION_EXPIRED",
          WebClient.location(refused));
    } finally {
      TestClock.shiftSeconds(token, 0);
    }
  }

  @Test
  void deactivationTakesEffectOnTheNextRequest() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String link = invite(admin, Map.of("role", "SOCIAL_WORKER"));
    WebClient leaving = new WebClient();
    joinWith(leaving, link, "depart.prochain");
    Map<String, Object> me = json(leaving.get(Ports.base() + "/api/v1/me"));
    String accountId = (String) me.get("accountId");

    HttpResponse<String> done =
        admin.json("POST", STRUCTURE + "/members/" + accountId + "/deactivation", "{}");
    assertEquals(200, done.statusCode(), done.body());
    assertEquals(Boolean.FALSE, json(done).get("active"));
    assertEquals(401, leaving.get(Ports.base() + "/api/v1/me").statusCode(), "S11: at once");
    assertProblem(
        admin.json("POST", STRUCTURE + "/members/" + accountId + "/deactivation", "{}"),
        400,
        "accountId");
  }

  @Test
  void habilitationsAndRolesAreValidated() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    assertProblem(
        admin.json("POST", STRUCTURE + "/invitations", Map.of("role", "KING")), 400, "role");
    assertProblem(
        admin.json("POST", STRUCTURE + "/invitations", Map.of("role", "PLATFORM_OPERATOR")),
        400,
        "role");
    assertProblem(
        admin.json(
            "POST",
            STRUCTURE + "/invitations",
            Map.of("role", "VOLUNTEER", "protectedCases", true)),
        400,
        "protectedCases");
    String selfId = (String) json(admin.get(Ports.base() + "/api/v1/me")).get("accountId");
    assertProblem(
        admin.json("PATCH", STRUCTURE + "/members/" + selfId, Map.of("role", "SOCIAL_WORKER")),
        400,
        "role");
    assertEquals(
        404,
        admin
            .json(
                "PATCH",
                STRUCTURE + "/members/" + java.util.UUID.randomUUID(),
                Map.of("role", "VOLUNTEER"))
            .statusCode());
  }

  @Test
  void onlyTheStructuresAdministratorManagesItsMembers() throws Exception {
    long before = Journal.maxSeq();
    assertProblem(
        Logins.signedIn("ts1.ccas")
            .json("POST", STRUCTURE + "/invitations", Map.of("role", "VOLUNTEER")),
        403,
        null);
    // Another structure's administrator: as for an unknown structure (S40), journaled.
    WebClient otherAdmin = Logins.signedIn("admin.asso");
    assertProblem(
        otherAdmin.json("POST", STRUCTURE + "/invitations", Map.of("role", "VOLUNTEER")),
        404,
        null);
    assertProblem(otherAdmin.get(STRUCTURE + "/members"), 404, null);
    WebClient operator = Logins.signedIn("operateur");
    assertProblem(
        operator.json("POST", STRUCTURE + "/invitations", Map.of("role", "SOCIAL_WORKER")),
        403,
        null);
    assertEquals(
        201,
        operator
            .json("POST", STRUCTURE + "/invitations", Map.of("role", "STRUCTURE_ADMINISTRATOR"))
            .statusCode(),
        "the operator opens a structure by inviting its administrator");
    assertProblem(operator.get(STRUCTURE + "/members"), 403, null);
    assertTrue(
        Journal.since(before).stream()
            .filter(r -> r.outcome().equals("REFUSED"))
            .anyMatch(
                r -> r.action().equals("member.invite") && "admin.asso".equals(r.actorSubject())));
  }
}
