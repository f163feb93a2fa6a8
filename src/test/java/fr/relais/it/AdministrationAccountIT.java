package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.AdministrationAccounts;
import fr.relais.it.support.Browser;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The accounts a person holds at the administration (E2), through the real server and the real mail
 * servers: the address each uses, said plainly when it is not her sub-address; the move to it,
 * requested, done, then confirmed by the first message that arrives at the sub-address; identifiers
 * and addresses sealed at rest; who may read and who may change.
 */
class AdministrationAccountIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  @SuppressWarnings("unchecked")
  void anAccountMovesToHerSubAddressAndTheFirstMessageConfirmsIt() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Compte");
    String intruder = "belle.soeur." + tag + "@exemple.fr";
    String number = "75" + String.format("%08d", Math.abs(tag.hashCode()) % 100_000_000);
    Map<String, Object> account = new HashMap<>();
    account.put("service", "ANEF");
    account.put("identifier", number.substring(0, 4) + " " + number.substring(4));
    account.put("address", intruder.toUpperCase());
    String list = AdministrationAccounts.of(p.id());
    long seq = Journal.maxSeq();

    // Refused: other caseload and other structure (404), a volunteer following her (403, and she
    // sees the list), nobody (401). Bad input named; nothing recorded.
    for (WebClient stranger : List.of(Logins.signedIn("ts2.ccas"), Logins.signedIn("admin.asso"))) {
      assertProblem(stranger.json("POST", list, account), 404, null);
      assertProblem(stranger.get(list), 404, null);
    }
    String volunteer = "benevole.compte." + tag;
    Members.volunteerAlongside(admin, worker, CCAS, p.id(), volunteer);
    assertProblem(Logins.signedIn(volunteer).json("POST", list, account), 403, null);
    assertProblem(new WebClient().json("POST", list, account), 401, null);
    Map<String, Object> bad = new HashMap<>(account);
    bad.put("service", "MINITEL");
    assertProblem(worker.json("POST", list, bad), 400, "service");
    bad = new HashMap<>(account);
    bad.put("identifier", "12");
    assertProblem(worker.json("POST", list, bad), 400, "identifier");
    bad = new HashMap<>(account);
    bad.put("address", "pas-une-adresse");
    assertProblem(worker.json("POST", list, bad), 400, "address");
    bad = new HashMap<>(account);
    bad.put("service", "OTHER");
    assertProblem(worker.json("POST", list, bad), 400, "label");
    assertProblem(worker.json("POST", list, "{\"service\":"), 400, null);
    assertEquals(List.of(), Json.list(worker.get(list)), "nothing recorded");

    HttpResponse<String> recorded = worker.json("POST", list, account);
    assertEquals(201, recorded.statusCode(), recorded.body());
    Map<String, Object> a = json(recorded);
    assertEquals(number, a.get("identifier"));
    assertEquals(intruder, a.get("address"));
    assertEquals(false, a.get("onSubAddress"), "said plainly: not her sub-address");
    assertEquals(p.address(), a.get("subAddress"));
    assertEquals("NONE", a.get("move"));
    assertProblem(worker.json("POST", list, account), 409, "identifier");
    // At rest: no identifier, no address in clear.
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select identifier_sealed, address_sealed, identifier_fingerprint from"
                    + " administration_account where person_id = ?")) {
      ps.setObject(1, UUID.fromString(p.id()));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertFalse(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1).contains(number));
        assertFalse(new String(rs.getBytes(2), StandardCharsets.ISO_8859_1).contains(tag));
        assertEquals(64, rs.getString(3).length());
      }
    }

    String id = (String) a.get("id");
    String move = API + "/administration-accounts/" + id + "/move";
    assertProblem(
        Logins.signedIn(volunteer).json("POST", move, Map.of("step", "REQUESTED")), 403, null);
    assertProblem(
        Logins.signedIn("ts2.ccas").json("POST", move, Map.of("step", "REQUESTED")), 404, null);
    assertProblem(worker.json("POST", move, Map.of("step", "SOMEDAY")), 400, "step");
    assertProblem(
        worker.json(
            "POST", API + "/administration-accounts/pas-un-id/move", Map.of("step", "DONE")),
        404,
        null);
    Map<String, Object> requested = json(worker.json("POST", move, Map.of("step", "REQUESTED")));
    assertEquals("REQUESTED", requested.get("move"));
    Map<String, Object> done = json(worker.json("POST", move, Map.of("step", "DONE")));
    assertEquals("DONE", done.get("move"));
    assertEquals(p.address(), done.get("address"));
    assertEquals(true, done.get("onSubAddress"));

    // The first message at her sub-address confirms the move.
    TestEnvironment.mail()
        .deliver(MailTraffic.message(p.address(), "Votre demande ANEF", "Texte."));
    MailTraffic.awaitMessages(worker, p.id(), 1);
    Map<String, Object> confirmed = awaitMove(worker, p.id(), "CONFIRMED");
    assertTrue(confirmed.get("moveConfirmedAt") != null);
    assertProblem(worker.json("POST", move, Map.of("step", "DONE")), 409, "step");

    List<Journal.Row> rows = Journal.since(seq);
    assertTrue(Journal.has(rows, "administration-account.record", "SUCCESS", "ts1.ccas"));
    assertTrue(Journal.has(rows, "administration-account.move", "SUCCESS", "ts1.ccas"));
    assertTrue(Journal.hasDetail(rows, "administration-account.move", "CONFIRMED"));
    Journal.assertNoValue(rows, number, tag);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aProtectedPersonsAccountsAreReadOnlyByWhoMayReadHerSealedData() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Compte");
    p.put("firstNames", "Protégée " + tag);
    p.put("birthDate", "1990-04-04");
    p.put("confirmDuplicate", true);
    p.put("protectedPerson", true);
    p.put("protectionReason", "DECLARED_VIOLENCE");
    p.put("assignTo", List.of((String) json(worker.get(API + "/me")).get("accountId")));
    String person =
        (String) json(admin.json("POST", API + "/structures/" + CCAS + "/persons", p)).get("id");
    Map<String, Object> account =
        Map.of("service", "ANEF", "identifier", "ab." + tag + "@exemple.fr");
    // Without an active mandate, not even her worker may read or change them.
    assertProblem(worker.json("POST", AdministrationAccounts.of(person), account), 403, null);
    Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("CHANGEMENT_ADRESSE"));
    assertEquals(201, worker.json("POST", AdministrationAccounts.of(person), account).statusCode());
    Map<String, Object> seen =
        (Map<String, Object>) Json.list(worker.get(AdministrationAccounts.of(person))).get(0);
    assertEquals("ab." + tag + "@exemple.fr", seen.get("identifier"));
    // The administrator without the protected-cases habilitation sees her name only (F1): her
    // accounts are refused.
    assertProblem(admin.get(AdministrationAccounts.of(person)), 403, null);
  }

  @Test
  void theCardRecordsAnAccountAndMovesIt() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Carte");
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("ts1.ccas");
      browser.open(Ports.base() + "/app/person.xhtml?id=" + p.id());
      browser.awaitText("#admin-accounts-heading", "Comptes auprès de l'administration");
      browser.click("#admin-account-new summary");
      browser.type("#admin-account-new\\:identifier", "7512345678");
      browser.type("#admin-account-new\\:address", "autre@exemple.fr");
      browser.assertAccessible("person-admin-account-form");
      browser.click("#admin-account-new\\:record-account");
      browser.awaitText("#messages", "Compte enregistré");
      browser.awaitText(".admin-not-sub", "n'est pas sa sous-adresse");
      browser.assertAccessible("person-admin-account-recorded");
      browser.click("[id$='admin-move:done']");
      browser.awaitText("#messages", "premier message");
      browser.awaitText(".admin-move", "en attente du premier message");
      browser.assertAccessible("person-admin-account-moved");
    }
    assertTrue(Json.list(worker.get(AdministrationAccounts.of(p.id()))).size() == 1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> awaitMove(WebClient worker, String person, String status)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    Map<String, Object> a;
    do {
      a = (Map<String, Object>) Json.list(worker.get(AdministrationAccounts.of(person))).get(0);
      if (status.equals(a.get("move"))) {
        return a;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("the move is " + a.get("move"));
  }
}
