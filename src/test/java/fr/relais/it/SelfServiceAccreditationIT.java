package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.PrefectureAgents;
import fr.relais.it.support.Sirets;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
 * A structure requests accreditation by itself (A1, S7, S10, S40, S50, S71): an identity without
 * account signs in from the request page (or calls the API with its access token) and files the
 * request; the structure is created REQUESTED and the applicant becomes its administrator, who sees
 * where it stands but acts for no one until an agent of its departments accredits it. One request
 * per identity; bad input creates nothing; a waiting or refused request for a SIRET blocks no one,
 * an accreditation holds the SIRET.
 */
@org.junit.jupiter.api.parallel.Isolated("counts every structure")
class SelfServiceAccreditationIT extends RelaisIT {

  private static final String STRUCTURES = Ports.base() + "/api/v1/structures";
  private static final String REQUESTS = Ports.base() + "/api/v1/accreditation-requests";
  private static final String PAGE = Ports.base() + "/accreditation-request.xhtml";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static Map<String, Object> request(String siret, List<String> departments) {
    Map<String, Object> r = new HashMap<>();
    r.put("name", "Association Accueil Solidaire " + UUID.randomUUID().toString().substring(0, 6));
    r.put("type", "VICTIM_SUPPORT");
    r.put("siret", siret);
    r.put("addressLine", "2 cours Napoléon");
    r.put("postalCode", "20000");
    r.put("city", "Ajaccio");
    r.put("departments", departments);
    r.put("contactEmail", "accueil@solidaire.example");
    r.put("contactPhone", "04 95 00 00 00");
    return r;
  }

  private static String token(String subject) {
    return TestEnvironment.scripted().accessToken(subject, Duration.ofMinutes(10));
  }

  /** A call with a bearer token (no cookie): JSON body when {@code body} is not null. */
  private static HttpResponse<String> bearer(String method, String url, String token, Object body)
      throws Exception {
    String text =
        body == null
            ? ""
            : body instanceof String s
                ? s
                : com.nimbusds.jose.util.JSONObjectUtils.toJSONString(
                    (Map<String, ?>) castMap(body));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(text));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> castMap(Object o) {
    return (Map<String, ?>) o;
  }

  private static long count(String sql, String... params) throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long structures() throws Exception {
    return count("select count(*) from structure");
  }

  private static long accountsOf(String subject) throws Exception {
    return count("select count(*) from account where subject = ?", subject);
  }

  private static Map<String, Object> person(String adminId) {
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Ouattara");
    p.put("firstNames", "Mariam");
    p.put("birthDate", "1991-02-03");
    p.put("confirmDuplicate", true);
    p.put("assignTo", List.of(adminId));
    return p;
  }

  @Test
  void aVisitorSignsInFilesTheRequestAndBecomesTheAdministratorOfAStructureThatWaits()
      throws Exception {
    String applicant = Logins.uniqueName("referente.solidaire");
    WebClient web = new WebClient();
    HttpResponse<String> landing = web.get(PAGE);
    assertEquals(200, landing.statusCode());
    assertTrue(
        landing.body().contains("/auth/login?provider=staff&amp;intent=accreditation-request"),
        "the sign-in links carry the intent");

    // The sign-in lets the identity without account in as an applicant, on the request page.
    long before = Journal.maxSeq();
    HttpResponse<String> callback = Logins.applyingThroughStaffProvider(web, applicant);
    assertEquals(PAGE, WebClient.location(callback));
    HttpResponse<String> form = web.get(PAGE);
    assertTrue(form.body().contains("id=\"request:siret\""), "the form is shown");
    assertEquals(401, web.get(Ports.base() + "/api/v1/me").statusCode(), "no account yet");
    assertProblem(web.get(STRUCTURES), 401, null);

    long structuresBefore = structures();
    HttpResponse<String> filed =
        web.json("POST", REQUESTS, request(Sirets.random(), List.of("2A")));
    assertEquals(201, filed.statusCode(), filed.body());
    Map<String, Object> structure = json(filed);
    String id = (String) structure.get("id");
    assertTrue(filed.headers().firstValue("Location").orElse("").endsWith("/structures/" + id));
    assertEquals("REQUESTED", structure.get("status"));
    assertEquals("SELF_SERVICE", structure.get("requestChannel"));
    assertEquals(structuresBefore + 1, structures());

    // From the next request the session is the structure's administrator, who sees the status.
    Map<String, Object> me = json(web.get(Ports.base() + "/api/v1/me"));
    assertEquals("STRUCTURE_ADMINISTRATOR", me.get("role"));
    assertEquals(id, me.get("structureId"));
    String adminId = (String) me.get("accountId");
    Map<String, Object> own = json(web.get(STRUCTURES + "/" + id));
    assertEquals("REQUESTED", own.get("status"));
    assertEquals(Boolean.FALSE, own.get("inForce"));
    HttpResponse<String> home = web.get(Ports.base() + "/app/structure.xhtml?id=" + id);
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("data-status=\"REQUESTED\""), "the page shows the status");

    // A1: a structure not in force acts for no one.
    long beforeRefusal = Journal.maxSeq();
    assertProblem(web.json("POST", STRUCTURES + "/" + id + "/persons", person(adminId)), 403, null);
    assertTrue(
        Journal.since(beforeRefusal).stream()
            .anyMatch(
                r ->
                    r.outcome().equals("REFUSED")
                        && applicant.equals(r.actorSubject())
                        && "STRUCTURE_NOT_IN_FORCE".equals(r.detail())));

    // One request per identity: a second one is refused and creates nothing.
    HttpResponse<String> again =
        web.json("POST", REQUESTS, request(Sirets.random(), List.of("2A")));
    assertProblem(again, 409, "identity");
    assertEquals(structuresBefore + 1, structures());
    assertEquals(1, accountsOf(applicant));

    // The agent of the department sees who applied, and accredits; the structure may then act.
    WebClient operator = Logins.signedIn("operateur");
    WebClient agent =
        PrefectureAgents.newAgent(operator, Logins.uniqueName("agent.ajaccio"), List.of("2A"));
    Map<?, ?> queued =
        Json.list(agent.get(STRUCTURES + "?status=REQUESTED")).stream()
            .map(s -> (Map<?, ?>) s)
            .filter(s -> id.equals(s.get("id")))
            .findFirst()
            .orElseThrow();
    assertEquals("SELF_SERVICE", queued.get("requestChannel"));
    assertEquals(me.get("displayName"), queued.get("applicantName"));
    HttpResponse<String> accredited =
        agent.json(
            "POST",
            STRUCTURES + "/" + id + "/accreditation-decisions",
            PrefectureAgents.accredit(List.of("2A")));
    assertEquals(200, accredited.statusCode(), accredited.body());
    HttpResponse<String> recorded =
        web.json("POST", STRUCTURES + "/" + id + "/persons", person(adminId));
    assertEquals(201, recorded.statusCode(), recorded.body());

    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("auth.login")
                        && r.outcome().equals("SUCCESS")
                        && applicant.equals(r.actorSubject())
                        && r.detail().startsWith("APPLICANT_WITHOUT_ACCOUNT")));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("structure.register")
                        && r.outcome().equals("SUCCESS")
                        && applicant.equals(r.actorSubject())
                        && id.equals(r.targetId())
                        && "self-service".equals(r.detail())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("member.join")
                        && applicant.equals(r.actorSubject())
                        && adminId.equals(r.targetId())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("structure.register")
                        && r.outcome().equals("REFUSED")
                        && applicant.equals(r.actorSubject())
                        && "IDENTITY_HAS_ACCOUNT".equals(r.detail())));
  }

  @Test
  void anApiClientWithATokenButNoAccountFilesTheRequestOnce() throws Exception {
    String subject = Logins.uniqueName("demandeur.api");
    String token = token(subject);
    // Without an account, the token opens this one endpoint and nothing else.
    assertProblem(bearer("GET", Ports.base() + "/api/v1/me", token, null), 403, null);
    assertProblem(bearer("GET", STRUCTURES, token, null), 403, null);
    assertProblem(
        bearer("POST", STRUCTURES, token, request(Sirets.random(), List.of("2B"))), 403, null);

    HttpResponse<String> filed =
        bearer("POST", REQUESTS, token, request(Sirets.random(), List.of("2B")));
    assertEquals(201, filed.statusCode(), filed.body());
    String id = (String) json(filed).get("id");
    Map<String, Object> me = json(bearer("GET", Ports.base() + "/api/v1/me", token, null));
    assertEquals("STRUCTURE_ADMINISTRATOR", me.get("role"));
    assertEquals(id, me.get("structureId"));
    assertEquals("bearer", me.get("authenticationMethod"));
    assertEquals(
        "REQUESTED", json(bearer("GET", STRUCTURES + "/" + id, token, null)).get("status"));

    long structuresBefore = structures();
    assertProblem(
        bearer("POST", REQUESTS, token, request(Sirets.random(), List.of("2B"))), 409, "identity");
    assertEquals(structuresBefore, structures());
    assertEquals(1, accountsOf(subject));
  }

  @Test
  void badRequestsAreRefusedWithTheFieldAndCreateNothing() throws Exception {
    String subject = Logins.uniqueName("demandeur.maladroit");
    String token = token(subject);
    long structuresBefore = structures();

    assertProblem(
        bearer("POST", REQUESTS, token, request(Sirets.withBadChecksum(), List.of("2A"))),
        400,
        "siret");
    assertProblem(bearer("POST", REQUESTS, token, request("123", List.of("2A"))), 400, "siret");
    assertProblem(
        bearer("POST", REQUESTS, token, request(Sirets.random(), List.of("99"))),
        400,
        "departments");
    assertProblem(
        bearer("POST", REQUESTS, token, request(Sirets.random(), List.of())), 400, "departments");
    Map<String, Object> noName = request(Sirets.random(), List.of("2A"));
    noName.remove("name");
    assertProblem(bearer("POST", REQUESTS, token, noName), 400, "name");
    Map<String, Object> badEmail = request(Sirets.random(), List.of("2A"));
    badEmail.put("contactEmail", "pas-une-adresse");
    assertProblem(bearer("POST", REQUESTS, token, badEmail), 400, "contactEmail");
    Map<String, Object> badType = request(Sirets.random(), List.of("2A"));
    badType.put("type", "BANQUE");
    assertProblem(bearer("POST", REQUESTS, token, badType), 400, "type");
    assertProblem(bearer("POST", REQUESTS, token, "{\"name\": "), 400, null);
    assertProblem(bearer("POST", REQUESTS, token, "null"), 400, null);

    assertEquals(structuresBefore, structures(), "nothing created");
    assertEquals(0, accountsOf(subject), "no account either");
    // Without any identity: 401.
    assertProblem(
        new WebClient().json("POST", REQUESTS, request(Sirets.random(), List.of("2A"))), 401, null);
    // The identity was not spent by its mistakes.
    assertEquals(
        201, bearer("POST", REQUESTS, token, request(Sirets.random(), List.of("2A"))).statusCode());
    assertEquals(structuresBefore + 1, structures());
  }

  @Test
  void someoneWhoAlreadyHasAnAccountCannotFileARequest() throws Exception {
    long structuresBefore = structures();
    long before = Journal.maxSeq();
    WebClient worker = Logins.signedIn("ts1.ccas");
    assertProblem(
        worker.json("POST", REQUESTS, request(Sirets.random(), List.of("47"))), 409, "identity");
    assertEquals(structuresBefore, structures());
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(
                r ->
                    r.action().equals("structure.register")
                        && r.outcome().equals("REFUSED")
                        && "ts1.ccas".equals(r.actorSubject())
                        && "IDENTITY_HAS_ACCOUNT".equals(r.detail())));

    // Through the page, the same identity is signed in and told why it cannot file a request.
    WebClient web = new WebClient();
    web.get(PAGE);
    assertEquals(PAGE, WebClient.location(Logins.applyingThroughStaffProvider(web, "ts1.ccas")));
    HttpResponse<String> page = web.get(PAGE);
    assertTrue(page.body().contains("id=\"has-account-text\""), page.body());
    assertTrue(page.body().contains("déjà un compte Relais"));
    assertEquals(200, web.get(Ports.base() + "/api/v1/me").statusCode());
  }

  @Test
  void anApplicantSessionIsProtectedLikeAnyOther() throws Exception {
    WebClient web = new WebClient();
    String applicant = Logins.uniqueName("demandeuse.prudente");
    Logins.applyingThroughStaffProvider(web, applicant);
    long structuresBefore = structures();
    // A write from another site's page is refused (the session cookie alone is not enough).
    HttpResponse<String> crossSite =
        web.send(
            HttpRequest.newBuilder(URI.create(REQUESTS))
                .header("Content-Type", "application/json")
                .header("Origin", "https://ailleurs.example")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        com.nimbusds.jose.util.JSONObjectUtils.toJSONString(
                            request(Sirets.random(), List.of("2A"))))));
    assertProblem(crossSite, 403, null);
    assertEquals(structuresBefore, structures());
    // The applicant signs out like anyone else: the session ends, and the logout is journaled.
    long before = Journal.maxSeq();
    String csrf = WebClient.inputValue(web.get(PAGE).body(), "csrf");
    HttpResponse<String> out = web.postForm(Ports.base() + "/auth/logout", Map.of("csrf", csrf));
    assertEquals(302, out.statusCode());
    assertProblem(web.json("POST", REQUESTS, request(Sirets.random(), List.of("2A"))), 401, null);
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(r -> r.action().equals("auth.logout") && applicant.equals(r.actorSubject())));
    // A login started without the intent leaves an identity without account outside, as before.
    WebClient plain = new WebClient();
    assertEquals(
        Ports.base() + "/not-authorised.xhtml?reason=NO_ACCOUNT",
        WebClient.location(Logins.throughStaffProvider(plain, Logins.uniqueName("visiteur"))));
    assertProblem(plain.json("POST", REQUESTS, request(Sirets.random(), List.of("2A"))), 401, null);
    assertEquals(structuresBefore, structures());
  }

  @Test
  void waitingOrRefusedRequestsBlockNoOneButAnAccreditationHoldsTheSiret() throws Exception {
    String siret = Sirets.random();
    // Someone who is not the structure files its SIRET first: the genuine request still goes in.
    HttpResponse<String> squat =
        bearer(
            "POST",
            REQUESTS,
            token(Logins.uniqueName("usurpateur")),
            request(siret, List.of("2B")));
    assertEquals(201, squat.statusCode(), squat.body());
    String squatId = (String) json(squat).get("id");
    HttpResponse<String> genuine =
        bearer(
            "POST",
            REQUESTS,
            token(Logins.uniqueName("vraie.referente")),
            request(siret, List.of("2B")));
    assertEquals(201, genuine.statusCode(), genuine.body());
    String genuineId = (String) json(genuine).get("id");

    // The agent is warned that another structure carries the same SIRET, refuses one, accredits
    // the other.
    WebClient operator = Logins.signedIn("operateur");
    WebClient agent =
        PrefectureAgents.newAgent(operator, Logins.uniqueName("agent.bastia"), List.of("2B"));
    assertEquals(
        1L,
        ((Number) json(agent.get(STRUCTURES + "/" + genuineId)).get("otherStructuresWithSameSiret"))
            .longValue());
    assertEquals(
        200,
        agent
            .json(
                "POST",
                STRUCTURES + "/" + squatId + "/accreditation-decisions",
                Map.of("decision", "REFUSE", "reason", "Demande non déposée par la structure"))
            .statusCode());
    assertEquals(
        200,
        agent
            .json(
                "POST",
                STRUCTURES + "/" + genuineId + "/accreditation-decisions",
                PrefectureAgents.accredit(List.of("2B")))
            .statusCode());

    // Now the SIRET is held: new requests and registrations for it are refused, nothing created.
    long structuresBefore = structures();
    assertProblem(
        bearer("POST", REQUESTS, token(Logins.uniqueName("tardif")), request(siret, List.of("2B"))),
        400,
        "siret");
    assertProblem(operator.json("POST", STRUCTURES, request(siret, List.of("2B"))), 400, "siret");
    assertEquals(structuresBefore, structures());
    // ... and the refused request cannot be accredited over the genuine one.
    assertProblem(
        agent.json(
            "POST",
            STRUCTURES + "/" + squatId + "/accreditation-decisions",
            PrefectureAgents.accredit(List.of("2B"))),
        400,
        "decision");
    assertEquals("REFUSED", json(agent.get(STRUCTURES + "/" + squatId)).get("status"));

    // A revoked accreditation releases the SIRET.
    assertEquals(
        200,
        agent
            .json(
                "POST",
                STRUCTURES + "/" + genuineId + "/accreditation-decisions",
                Map.of("decision", "REVOKE", "reason", "Cessation d'activité"))
            .statusCode());
    assertEquals(
        201,
        bearer("POST", REQUESTS, token(Logins.uniqueName("reprise")), request(siret, List.of("2B")))
            .statusCode());
  }
}
