package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.EmailChanges;
import fr.relais.it.support.IdentityChecks;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.RecordingSmtpServer;
import fr.relais.it.support.SentMail;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Secure email change (E1, E2, S30-S32, S45), through the real server and the real SMTP server: a
 * new address replaces hers only once the link sent to it is confirmed by a POST — never by a HEAD
 * or a GET; on confirmation her own sessions end at their next request; her old address is told,
 * with a freeze link — unless she is protected or the address was flagged, and then nothing is ever
 * sent to it (asserted on every captured mail and on the outbox rows). The link's lifetime and the
 * cooldown, on the shared clock: {@link EmailChangeLinkExpiryIT}.
 */
class EmailChangeIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  @SuppressWarnings("unchecked")
  void aMemberChangesHerAddressOnlyOnceTheNewOneConfirmsIt() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    String tag = tag();
    String oldAddress = "ancienne." + tag + "@exemple.fr";
    String newAddress = "nouvelle." + tag + "@exemple.fr";
    String person = People.onCaseload(worker);
    EmailChanges.setEmail(worker, person, oldAddress);
    String herLogin = Logins.uniqueName("elle.adresse");
    WebClient her = PersonAccess.signedIn(worker, person, herLogin);
    Map<String, Object> request = Map.of("email", newAddress);

    // Refused: no mandate yet (403); then, with one, her identity never checked (403, with what is
    // needed); other caseload and other structure (404 as for an unknown file), a volunteer who
    // follows her (403), nobody signed in (401), a member whose sign-in is an hour old (401).
    assertProblem(worker.json("POST", EmailChanges.of(person), request), 403, null);
    Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("CHANGEMENT_ADRESSE"));
    HttpResponse<String> unverified = worker.json("POST", EmailChanges.of(person), request);
    assertProblem(unverified, 403, null);
    assertTrue(unverified.body().contains("identity-verification-required"), unverified.body());
    assertTrue(
        unverified.body().contains("\"minimumLevel\":\"DOCUMENT_CHECKED\""), unverified.body());
    IdentityChecks.record(worker, person, tag);
    for (WebClient stranger : List.of(Logins.signedIn("ts2.ccas"), Logins.signedIn("admin.asso"))) {
      assertProblem(stranger.json("POST", EmailChanges.of(person), request), 404, null);
      assertProblem(stranger.get(EmailChanges.of(person)), 404, null);
      assertProblem(
          stranger.json("POST", EmailChanges.flags(person), Map.of("email", oldAddress)),
          404,
          null);
    }
    String volunteer = "benevole.adresse." + tag;
    String volunteerId = Members.join(admin, CCAS, "VOLUNTEER", false, volunteer);
    assign(admin, person, List.of(Members.accountId(worker), volunteerId));
    assertProblem(
        Logins.signedIn(volunteer).json("POST", EmailChanges.of(person), request), 403, null);
    assertProblem(new WebClient().json("POST", EmailChanges.of(person), request), 401, null);
    HttpResponse<String> stale =
        Logins.signedInAnHourAgo("ts1.ccas").json("POST", EmailChanges.of(person), request);
    assertProblem(stale, 401, null);
    assertTrue(stale.body().contains("reauthentication-required"), stale.body());

    // Bad input, each named; the same address is a conflict; nothing is started.
    assertProblem(
        worker.json("POST", EmailChanges.of(person), Map.of("email", "pas-une-adresse")),
        400,
        "email");
    assertProblem(worker.json("POST", EmailChanges.of(person), "{\"email\":"), 400, null);
    assertProblem(worker.json("POST", EmailChanges.of(person), ""), 400, "email");
    assertProblem(
        worker.json("POST", EmailChanges.of(person), Map.of("email", oldAddress.toUpperCase())),
        409,
        "email");
    // E1: the address in use is not replaced by a plain correction of her contact either.
    assertProblem(
        worker.json("PUT", EmailChanges.contact(person), Map.of("email", newAddress)),
        409,
        "email");
    assertEquals(0, EmailChanges.count(person), "nothing started");
    assertEquals(oldAddress, EmailChanges.emailOf(worker, person));

    long seq = Journal.maxSeq();
    int mailsBefore = SentMail.count();
    HttpResponse<String> started = worker.json("POST", EmailChanges.of(person), request);
    assertEquals(201, started.statusCode(), started.body());
    assertEquals("PENDING", json(started).get("status"));
    assertEquals(
        oldAddress,
        EmailChanges.emailOf(worker, person),
        "nothing changes before the confirmation");
    // At rest: the pending address only sealed and as a keyed hash.
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select new_email_sealed, new_email_fingerprint, token_hash from email_change where person_id = ?")) {
      ps.setObject(1, UUID.fromString(person));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertFalse(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1).contains(tag));
        assertEquals(64, rs.getString(2).length());
        assertEquals(64, rs.getString(3).length());
      }
    }

    String token = SentMail.awaitLink(newAddress, "email-confirmation", mailsBefore);
    String page = Ports.base() + "/email-confirmation.xhtml?token=" + token;
    // S30: neither a HEAD, nor a GET of the page (a mail client's preview), nor the API's lookup
    // consumes the link.
    WebClient anyone = new WebClient();
    assertEquals(
        200,
        anyone
            .send(
                HttpRequest.newBuilder(URI.create(page))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()))
            .statusCode());
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> opened = new WebClient().get(page);
      assertEquals(200, opened.statusCode());
      assertTrue(opened.body().contains("confirm-form"), "the page offers the button");
    }
    assertEquals(
        "PENDING",
        json(anyone.get(API + "/email-links/confirmation?token=" + token)).get("status"));
    assertEquals(oldAddress, EmailChanges.emailOf(worker, person));
    assertEquals(200, her.get(API + "/my-file").statusCode(), "her session is still open");

    // Only the POST confirms, once.
    HttpResponse<String> confirmed =
        anyone.json("POST", API + "/email-links/confirmation", Map.of("token", token));
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    assertEquals("CONFIRMED", json(confirmed).get("status"));
    assertProblem(
        anyone.json("POST", API + "/email-links/confirmation", Map.of("token", token)),
        409,
        "token");
    assertProblem(
        anyone.json("POST", API + "/email-links/confirmation", Map.of("token", "x" + token)),
        404,
        null);
    assertEquals(newAddress, EmailChanges.emailOf(worker, person));

    // S31: her old session cookie stops working on its very next request.
    assertEquals(401, her.get(API + "/my-file").statusCode());

    // Told: the new address, her old address (with a freeze link), the administrators in-app.
    SentMail.awaitMail(newAddress, "adresse confirmée", mailsBefore);
    String freeze = SentMail.awaitLink(oldAddress, "email-freeze", mailsBefore);
    String oldNotice = String.join("\n", SentMail.bodiesTo(oldAddress, mailsBefore));
    assertFalse(
        oldNotice.contains(newAddress) || oldNotice.contains("nouvelle."),
        "the old address never learns the new one");
    assertTrue(remindersOf(admin).contains("EMAIL_CHANGED:" + person), "the administrator is told");
    List<Journal.Row> rows = Journal.since(seq);
    assertTrue(Journal.has(rows, "email.change.start", "SUCCESS", "ts1.ccas"), rows.toString());
    assertTrue(
        Journal.hasDetail(rows, "email.change.confirm", "OLD_ADDRESS_TOLD"), rows.toString());
    Journal.assertNoValue(rows, tag, token);

    // She sees the change in her space once she signs in again.
    WebClient back = new WebClient();
    assertEquals(
        Ports.base() + "/app/my-file.xhtml",
        WebClient.location(Logins.throughStaffProvider(back, herLogin)));
    List<Object> mine = Json.list(back.get(API + "/my-file/records/" + person + "/email-changes"));
    assertEquals("CONFIRMED", ((Map<String, Object>) mine.get(0)).get("status"));
    assertTrue(((Map<String, Object>) mine.get(0)).get("oldAddressTold").equals(true));

    // The old address did not ask for it: its link locks her access (F6) and tells her followers.
    assertEquals(
        "PENDING", json(anyone.get(API + "/email-links/freeze?token=" + freeze)).get("status"));
    HttpResponse<String> frozen =
        anyone.json("POST", API + "/email-links/freeze", Map.of("token", freeze));
    assertEquals(200, frozen.statusCode(), frozen.body());
    assertEquals(
        true, json(worker.get(API + "/persons/" + person + "/emergency-lock")).get("locked"));
    assertProblem(
        anyone.json("POST", API + "/email-links/freeze", Map.of("token", freeze)), 409, "token");
    assertTrue(remindersOf(worker).contains("EMAIL_CHANGE_DISPUTED:" + person));
    assertEquals(401, back.get(API + "/my-file").statusCode(), "her session ends with the lock");
  }

  @Test
  void aProtectedPersonsOldAddressAndAFlaggedOneAreToldNothing() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    String tag = tag();
    String oldAddress = "refuge." + tag + "@exemple.fr";
    String newAddress = "sure." + tag + "@exemple.fr";
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Adresse");
    p.put("firstNames", "Protégée " + tag);
    p.put("birthDate", "1991-03-08");
    p.put("confirmDuplicate", true);
    p.put("protectedPerson", true);
    p.put("protectionReason", "DECLARED_VIOLENCE");
    p.put("contact", Map.of("email", oldAddress));
    p.put("assignTo", List.of(Members.accountId(worker)));
    HttpResponse<String> created = admin.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");
    Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("CHANGEMENT_ADRESSE"));
    IdentityChecks.record(worker, person, tag);
    int mailsBefore = SentMail.count();

    // S32, S45: the protected person's old address gets nothing at all.
    assertEquals(
        201,
        worker.json("POST", EmailChanges.of(person), Map.of("email", newAddress)).statusCode());
    String token = SentMail.awaitLink(newAddress, "email-confirmation", mailsBefore);
    assertEquals(
        200,
        new WebClient()
            .json("POST", API + "/email-links/confirmation", Map.of("token", token))
            .statusCode());
    SentMail.awaitMail(newAddress, "adresse confirmée", mailsBefore);
    assertEquals(newAddress, EmailChanges.emailOf(worker, person));
    assertEquals(List.of(), SentMail.mailsTo(oldAddress, mailsBefore));
    assertEquals(0, outboxRowsTo(oldAddress));
    // Her contact is still sealed: nothing in clear at rest.
    Map<String, Object> row =
        fr.relais.it.support.Rows.one("person_contact", "person_id", UUID.fromString(person));
    assertNull(row.get("email"));
    assertEquals(true, row.get("sealed"));

    // An ordinary person whose address was flagged: that address is never written to again.
    String flaggedAddress = "controlee." + tag + "@exemple.fr";
    String other = People.verifiedWithMandate(worker, tag);
    EmailChanges.setEmail(worker, other, flaggedAddress);
    assertEquals(
        201,
        worker
            .json("POST", EmailChanges.flags(other), Map.of("email", flaggedAddress))
            .statusCode());
    String reached = "joignable." + tag + "@exemple.fr";
    assertEquals(
        201, worker.json("POST", EmailChanges.of(other), Map.of("email", reached)).statusCode());
    String otherToken = SentMail.awaitLink(reached, "email-confirmation", mailsBefore);
    assertEquals(
        200,
        new WebClient()
            .json("POST", API + "/email-links/confirmation", Map.of("token", otherToken))
            .statusCode());
    SentMail.awaitMail(reached, "adresse confirmée", mailsBefore);
    assertEquals(List.of(), SentMail.mailsTo(flaggedAddress, mailsBefore));
    assertEquals(0, outboxRowsTo(flaggedAddress));
    // Every captured mail since the start of this test went to one of the new addresses.
    for (RecordingSmtpServer.Received m : SentMail.since(mailsBefore)) {
      assertFalse(String.join(",", m.recipients()).contains(oldAddress), m.recipients().toString());
      assertFalse(
          String.join(",", m.recipients()).contains(flaggedAddress), m.recipients().toString());
    }
  }

  @Test
  void sheChangesHerOwnAddressFromHerSpace() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = tag();
    String person = People.onCaseload(worker);
    String other = People.onCaseload(worker);
    String login = Logins.uniqueName("elle.seule");
    WebClient her = PersonAccess.signedIn(worker, person, login);
    String mine = API + "/my-file/records/" + person + "/email-changes";
    int mailsBefore = SentMail.count();

    // Not another record, not a member on her endpoint; bad input named.
    assertProblem(
        her.json(
            "POST",
            API + "/my-file/records/" + other + "/email-changes",
            Map.of("email", "a." + tag + "@exemple.fr")),
        404,
        null);
    assertProblem(
        worker.json("POST", mine, Map.of("email", "a." + tag + "@exemple.fr")), 403, null);
    assertProblem(her.json("POST", mine, Map.of("email", "pas une adresse")), 400, "email");

    HttpResponse<String> started =
        her.json("POST", mine, Map.of("email", "moi." + tag + "@exemple.fr"));
    assertEquals(201, started.statusCode(), started.body());
    assertEquals(true, json(started).get("startedByPerson"));
    String token =
        SentMail.awaitLink("moi." + tag + "@exemple.fr", "email-confirmation", mailsBefore);

    // The confirmation page, in a browser, accessible; its button confirms.
    try (Browser browser = Browser.start()) {
      browser.open(Ports.base() + "/email-confirmation.xhtml?token=" + token);
      browser.awaitText("#link-state", "attend votre confirmation");
      browser.assertAccessible("email-confirmation");
      assertEquals("PENDING", EmailChanges.lookup(token), "opening the page consumed nothing");
      browser.click("#confirm-form\\:confirm");
      browser.awaitText("#link-state", "Adresse confirmée");
      browser.assertAccessible("email-confirmed");
    }
    assertEquals("moi." + tag + "@exemple.fr", EmailChanges.emailOf(worker, person));
    assertEquals(401, her.get(API + "/my-file").statusCode());
  }

  @Test
  void theFileCardStartsAChangeAndFlagsAnAddress() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = tag();
    String person = People.verifiedWithMandate(worker, tag);
    EmailChanges.setEmail(worker, person, "carte." + tag + "@exemple.fr");
    int mailsBefore = SentMail.count();
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("ts1.ccas");
      browser.open(Ports.base() + "/app/person.xhtml?id=" + person);
      browser.awaitText("#email-change-heading", "changement sécurisé");
      browser.assertAccessible("person-email-change");
      browser.type("#email-change\\:newEmail", "carte.nouvelle." + tag + "@exemple.fr");
      browser.click("#email-change\\:send-link");
      browser.awaitText("#messages", "Lien de confirmation envoyé");
      browser.awaitText("#email-changes", "En attente de confirmation");
      browser.assertAccessible("person-email-change-sent");
      browser.type("#email-flag\\:flagEmail", "carte." + tag + "@exemple.fr");
      browser.type("#email-flag\\:flagReason", "Boîte partagée avec l'ex-conjoint");
      browser.click("#email-flag\\:flag");
      browser.awaitText("#messages", "Adresse signalée");
      browser.awaitText("#flagged", "Boîte partagée");
      browser.awaitText("#email-changes", "Périmé");
      browser.assertAccessible("person-email-flagged");
    }
    SentMail.awaitLink("carte.nouvelle." + tag + "@exemple.fr", "email-confirmation", mailsBefore);
    assertNull(EmailChanges.emailOf(worker, person));
  }

  // --- helpers

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static void assign(WebClient admin, String person, List<String> ids) throws Exception {
    assertEquals(
        200,
        admin
            .json("PUT", API + "/persons/" + person + "/assignments", Map.of("accountIds", ids))
            .statusCode());
  }

  @SuppressWarnings("unchecked")
  private static String remindersOf(WebClient member) throws Exception {
    HttpResponse<String> r = member.get(API + "/me/reminders");
    assertEquals(200, r.statusCode(), r.body());
    StringBuilder b = new StringBuilder();
    for (Object o : Json.list(r)) {
      Map<String, Object> m = (Map<String, Object>) o;
      b.append(m.get("kind")).append(':').append(m.get("subjectId")).append('\n');
    }
    return b.toString();
  }

  private static long outboxRowsTo(String address) throws Exception {
    return fr.relais.it.support.Rows.count("outbox_mail", "recipient", address);
  }
}
