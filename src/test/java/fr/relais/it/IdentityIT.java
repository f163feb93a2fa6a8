package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.IdentityChecks;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Members;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Identity verification (D1, S20-S22): an in-person check recorded only by a member holding the
 * identity-checker habilitation who may open the file, with the document's number kept only as a
 * keyed hash and its last characters; bad input refused with nothing recorded; her own login at
 * eIDAS substantial raises the level, a lower {@code acr} does not; the card shows the protocol.
 */
class IdentityIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;

  @Test
  @SuppressWarnings("unchecked")
  void anInPersonCheckIsRecordedByAHabilitatedMemberAndTheNumberIsNeverKept() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String checkerName = "ts.identite." + tag;
    String checkerId = Members.join(admin, CCAS, "SOCIAL_WORKER", false, checkerName);
    String plainName = "ts.sans.identite." + tag;
    String plainId = Members.join(admin, CCAS, "SOCIAL_WORKER", false, plainName);
    habilitate(admin, checkerId, true);
    WebClient checker = Logins.signedIn(checkerName);
    WebClient plain = Logins.signedIn(plainName);
    String person = person(admin, tag, List.of(checkerId, plainId));
    String identity = API + "/persons/" + person + "/identity";

    Map<String, Object> before = json(checker.get(identity));
    assertEquals("DECLARED", before.get("level"));
    assertEquals(true, before.get("canCheck"));
    assertEquals(false, json(plain.get(identity)).get("canCheck"));

    String number = "X" + tag.toUpperCase().replaceAll("[^A-Z0-9]", "7") + "42Q";
    Map<String, Object> check = IdentityChecks.passport(number);
    long seq = Journal.maxSeq();
    // Refused: a worker without the habilitation (403), a worker who does not follow her and
    // another structure (404, as for an unknown file), nobody signed in (401).
    assertProblem(plain.json("POST", identity + "/checks", check), 403, null);
    for (WebClient stranger : List.of(Logins.signedIn("ts2.ccas"), Logins.signedIn("admin.asso"))) {
      assertProblem(stranger.json("POST", identity + "/checks", check), 404, null);
      assertProblem(stranger.get(identity), 404, null);
    }
    assertEquals(401, new WebClient().json("POST", identity + "/checks", check).statusCode());
    assertTrue(
        Journal.has(Journal.since(seq), "identity.check", "REFUSED", plainName),
        "the refusal journaled");

    // Bad input, each field named; nothing recorded.
    for (String[] bad :
        new String[][] {
          {"documentType", "CARTE_VITALE"},
          {"issuingCountry", "ZZ"},
          {"documentNumber", "12"},
          {"expiresOn", "demain"},
          {"expiresOn", LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(3).toString()},
          {"reason", " "}
        }) {
      Map<String, Object> wrong = new HashMap<>(check);
      wrong.put(bad[0], bad[1]);
      assertProblem(checker.json("POST", identity + "/checks", wrong), 400, bad[0]);
    }
    Map<String, Object> unconfirmed = new HashMap<>(check);
    unconfirmed.put("protocolFollowed", false);
    assertProblem(checker.json("POST", identity + "/checks", unconfirmed), 400, "protocolFollowed");
    assertProblem(checker.json("POST", identity + "/checks", "{\"documentType\":"), 400, null);
    assertEquals(0, ((List<Object>) json(checker.get(identity)).get("history")).size());

    HttpResponse<String> recorded = checker.json("POST", identity + "/checks", check);
    assertEquals(201, recorded.statusCode(), recorded.body());
    Map<String, Object> after = json(recorded);
    assertEquals("DOCUMENT_CHECKED", after.get("level"));
    Map<String, Object> step = ((List<Map<String, Object>>) after.get("history")).get(0);
    assertEquals("PASSPORT", step.get("documentType"));
    assertEquals("ML", step.get("issuingCountry"));
    assertEquals(number.substring(number.length() - 3), step.get("documentNumberEnd"));
    assertTrue(((String) step.get("checkedBy")).contains(checkerName));
    assertFalse(recorded.body().contains(number), "the number is never answered");
    assertFalse(json(admin.get(identity)).toString().contains(number));

    // At rest: its keyed hash and last characters, nothing else of it.
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement("select * from identity_verification where person_id = ?")) {
      ps.setObject(1, UUID.fromString(person));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        String fingerprint = rs.getString("document_fingerprint");
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
        assertFalse(fingerprint.contains(number.toLowerCase()));
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          assertFalse(
              String.valueOf(rs.getObject(i)).contains(number.substring(0, 6)),
              "column " + rs.getMetaData().getColumnName(i) + " holds the number");
        }
        assertFalse(rs.next());
      }
    }
    var rows = Journal.since(seq);
    assertTrue(Journal.has(rows, "identity.check", "SUCCESS", checkerName));
    Journal.assertNoValue(rows, number, number.substring(0, 6));
    assertFalse(
        java.nio.file.Files.readString(
                java.nio.file.Path.of(
                    System.getProperty("relais.server.dir"), "standalone/log/server.log"),
                java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains(number),
        "nor in the server log");

    // A habilitation withdrawn counts at once (S11).
    habilitate(admin, checkerId, false);
    assertProblem(checker.json("POST", identity + "/checks", check), 403, null);
  }

  @Test
  void herOwnLoginAtEidasSubstantialRaisesTheLevelAndALowerAcrDoesNot() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String username = Logins.uniqueName("elle.eidas");
    WebClient her = PersonAccess.signedIn(worker, person, username);
    String identity = API + "/persons/" + person + "/identity";
    assertEquals("DECLARED", json(worker.get(identity)).get("level"));

    Logins.throughStaffProviderWithClaims(new WebClient(), username, "{\"acr\":\"eidas1\"}");
    assertEquals("DECLARED", json(worker.get(identity)).get("level"), "eidas1 is not enough");

    long seq = Journal.maxSeq();
    Logins.throughStaffProviderWithClaims(new WebClient(), username, "{\"acr\":\"eidas2\"}");
    Map<String, Object> raised = json(worker.get(identity));
    assertEquals("EIDAS_SUBSTANTIAL", raised.get("level"));
    @SuppressWarnings("unchecked")
    Map<String, Object> step = ((List<Map<String, Object>>) raised.get("history")).get(0);
    assertEquals("REMOTE_PROVIDER", step.get("method"));
    assertEquals("eidas2", step.get("acr"));
    assertNull(step.get("documentNumberEnd"));
    assertTrue(
        Journal.since(seq).stream()
            .anyMatch(r -> "identity.remote".equals(r.action()) && person.equals(r.targetId())));
    // The same day again: the step is not repeated.
    Logins.throughStaffProviderWithClaims(new WebClient(), username, "{\"acr\":\"eidas3\"}");
    assertEquals(1, ((List<?>) json(worker.get(identity)).get("history")).size());

    // Her own view says the same.
    HttpResponse<String> mine = her.get(API + "/me/identity");
    assertEquals(200, mine.statusCode(), mine.body());
    assertTrue(mine.body().contains("\"level\":\"EIDAS_SUBSTANTIAL\""), mine.body());
    assertProblem(worker.get(API + "/me/identity"), 403, null);
  }

  @Test
  void theIdentityCardShowsTheProtocolAndRecordsACheck() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String name = "ts.carte.identite." + tag;
    String id = Members.join(admin, CCAS, "SOCIAL_WORKER", false, name);
    habilitate(admin, id, true);
    String person = person(admin, tag, List.of(id));
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff(name);
      browser.open(Ports.base() + "/app/person.xhtml?id=" + person);
      browser.awaitText("#identity-level", "déclarée");
      browser.click("#identity-check summary");
      browser.awaitText("#identity-protocol", "l'original du document");
      browser.assertAccessible("person-identity-form");
      setValue(browser, "#identity-check\\:issuingCountry", "ML");
      browser.type("#identity-check\\:documentNumber", "AB123456C" + tag.substring(0, 2));
      setValue(
          browser,
          "#identity-check\\:expiresOn",
          LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusYears(2).toString());
      browser.type("#identity-check\\:reason", "Premier accueil");
      browser.click("#identity-check\\:protocolFollowed");
      browser.click("#identity-check\\:record");
      browser.awaitText("#messages", "Contrôle d'identité enregistré");
      browser.awaitText("#identity-level", "document vérifié en présence");
      browser.awaitText("#identity-history", "Passeport");
      browser.assertAccessible("person-identity-recorded");
    }
  }

  /** A date field or a list set as its value, whatever the browser's locale types. */
  private static void setValue(Browser browser, String css, String value) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
  }

  /** Grants or withdraws the identity-checker habilitation of a member. */
  private static void habilitate(WebClient admin, String memberId, boolean checker)
      throws Exception {
    assertEquals(
        200,
        admin
            .json(
                "PATCH",
                API + "/structures/" + CCAS + "/members/" + memberId,
                Map.of("identityChecker", checker))
            .statusCode());
  }

  private static String person(WebClient admin, String tag, List<String> assignees)
      throws Exception {
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Identite");
    p.put("firstNames", "Vérifiée " + tag);
    p.put("birthDate", "1990-02-11");
    p.put("confirmDuplicate", true);
    p.put("assignTo", assignees);
    HttpResponse<String> created = admin.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    return (String) json(created).get("id");
  }
}
