package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.AdministrationAccounts;
import fr.relais.it.support.Browser;
import fr.relais.it.support.Documents;
import fr.relais.it.support.Downloads;
import fr.relais.it.support.EmailChanges;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Procedures;
import fr.relais.it.support.RecordingSmtpServer;
import fr.relais.it.support.Rows;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TakeoverClaims;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Recovery of a usurped administration account (E3, S33) — Madame B's story, through the real
 * server, the real SMTP server and the shared clock: a structure files the claim, a prefecture
 * agent of the department decides it (never the filer's side, never another department); approved,
 * the account moves to her sub-address, the intruder's addresses are detached, blocked and never
 * written to, the intruder's own access to Relais ends at its next request. Rejected or left
 * waiting: {@link TakeoverClaimEscalationIT}.
 */
class TakeoverClaimIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;

  @Test
  @SuppressWarnings("unchecked")
  void madameBGetsHerAccountBackAndTheIntruderIsCutOffAndToldNothing() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String lookAlike = "madame.b" + tag + "@exemple-mail.fr";
    String other = "belle.famille." + tag + "@exemple.fr";
    String number = "75" + String.format("%08d", Math.abs(tag.hashCode()) % 100_000_000);
    String person = People.verifiedWithMandate(worker, tag);
    assertEquals(
        200,
        worker
            .json("PUT", API + "/persons/" + person + "/contact", Map.of("email", lookAlike))
            .statusCode());
    // The in-law also opened her own access to Relais with the link.
    String intruderLogin = Logins.uniqueName("intrus");
    WebClient intruder = PersonAccess.signedIn(worker, person, intruderLogin);
    Map<String, Object> claim =
        TakeoverClaims.body(number, List.of(lookAlike, other.toUpperCase()), true);
    // Evidence: her complaint, a document of her file, attached to the claim.
    String complaint = Documents.uploadPdf(worker, person, "Plainte " + tag);
    claim.put("attachmentIds", List.of(complaint));
    String claims = TakeoverClaims.of(person);
    long seq = Journal.maxSeq();

    // Refused to file: other caseload, other structure (404), a volunteer who follows her (403),
    // a member whose sign-in is an hour old (401); and for a person whose identity was never
    // checked (403, what is needed said).
    for (WebClient stranger : List.of(Logins.signedIn("ts2.ccas"), Logins.signedIn("admin.asso"))) {
      assertProblem(stranger.json("POST", claims, claim), 404, null);
      assertProblem(stranger.get(claims), 404, null);
    }
    String volunteer = "benevole.reprise." + tag;
    Members.volunteerAlongside(admin, worker, CCAS, person, volunteer);
    assertProblem(Logins.signedIn(volunteer).json("POST", claims, claim), 403, null);
    assertProblem(Logins.signedInAnHourAgo("ts1.ccas").json("POST", claims, claim), 401, null);
    String unverified = People.onCaseload(worker);
    Mandates.active(
        worker,
        unverified,
        LocalDate.now(java.time.ZoneId.of("Europe/Paris")),
        LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusMonths(6),
        List.of("CHANGEMENT_ADRESSE"));
    HttpResponse<String> notChecked = worker.json("POST", TakeoverClaims.of(unverified), claim);
    assertProblem(notChecked, 403, null);
    assertTrue(notChecked.body().contains("identity-verification-required"), notChecked.body());
    // Bad input, each named; nothing filed.
    assertProblem(
        worker.json("POST", claims, TakeoverClaims.body(number, List.of(), true)),
        400,
        "intruderAddresses");
    assertProblem(
        worker.json("POST", claims, TakeoverClaims.body(number, List.of("pas-une-adresse"), true)),
        400,
        "intruderAddresses");
    assertProblem(
        worker.json("POST", claims, TakeoverClaims.body("12", List.of(other), true)),
        400,
        "identifier");
    Map<String, Object> noDescription = new HashMap<>(claim);
    noDescription.put("description", " ");
    assertProblem(worker.json("POST", claims, noDescription), 400, "description");
    Map<String, Object> future = new HashMap<>(claim);
    future.put(
        "heldSince", LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(3).toString());
    assertProblem(worker.json("POST", claims, future), 400, "heldSince");
    assertProblem(worker.json("POST", claims, "{\"identifier\":"), 400, null);
    Map<String, Object> foreign = new HashMap<>(claim);
    foreign.put("attachmentIds", List.of(UUID.randomUUID().toString()));
    assertProblem(worker.json("POST", claims, foreign), 400, "attachmentIds");
    assertEquals(List.of(), Json.list(worker.get(claims)), "nothing filed");

    HttpResponse<String> filed = worker.json("POST", claims, claim);
    assertEquals(201, filed.statusCode(), filed.body());
    Map<String, Object> c = json(filed);
    String id = (String) c.get("id");
    assertEquals("PENDING", c.get("status"));
    assertTrue(
        Instant.parse((String) c.get("escalateAt"))
            .isAfter(Instant.parse((String) c.get("filedAt"))));
    assertEquals(2L, ((Number) c.get("intruderCount")).longValue());
    assertProblem(worker.json("POST", claims, claim), 409, "identifier");
    // Meanwhile, a procedure was filed from that account (the intruder's, as it turns out).
    String accountId =
        (String)
            ((Map<String, Object>) Json.list(worker.get(AdministrationAccounts.of(person))).get(0))
                .get("id");
    String filedByIntruder =
        (String)
            Procedures.created(
                    worker,
                    person,
                    Map.of("type", "CHANGEMENT_ADRESSE", "administrationAccountId", accountId))
                .get("id");
    Procedures.act(worker, filedByIntruder, Map.of("action", "FILE"));

    // The agents: of the department, in the queue with the evidence; another department never.
    WebClient agent = Logins.signedIn("agent.prefecture");
    WebClient otherAgent = Logins.signedIn("agent.prefecture2");
    String queue = API + "/takeover-claims";
    assertTrue(agent.get(queue).body().contains(id));
    assertTrue(agent.get(queue).body().contains(lookAlike), "the deciding agent sees the evidence");
    assertTrue(agent.get(queue).body().contains(complaint), "and the attachments");
    String attachment = queue + "/" + id + "/attachments/" + complaint;
    HttpResponse<byte[]> evidence = Downloads.bytes(agent, attachment);
    assertEquals(200, evidence.statusCode());
    assertTrue(new String(evidence.body(), 0, 5).startsWith("%PDF"));
    assertEquals(404, Downloads.bytes(otherAgent, attachment).statusCode());
    assertEquals(404, Downloads.bytes(Logins.signedIn("admin.asso"), attachment).statusCode());
    assertEquals(
        404,
        Downloads.bytes(agent, queue + "/" + id + "/attachments/" + UUID.randomUUID())
            .statusCode());
    assertFalse(otherAgent.get(queue).body().contains(id));
    assertProblem(worker.get(queue), 403, null);
    String decision = queue + "/" + id + "/decision";
    Map<String, Object> approve =
        Map.of("decision", "APPROVE", "reason", "Titre et passeport vus en personne");
    // Never the filer, nor anyone of the filer's structure; never another department.
    assertProblem(worker.json("POST", decision, approve), 403, null);
    assertProblem(admin.json("POST", decision, approve), 403, null);
    assertProblem(otherAgent.json("POST", decision, approve), 404, null);
    // E4, S40: to another department's agent her claim is one that was never made, timing too.
    fr.relais.it.support.Oracle.assertNoOracle(
        "a takeover claim, an agent of another department",
        i -> otherAgent.json("POST", decision, approve),
        i -> otherAgent.json("POST", queue + "/" + UUID.randomUUID() + "/decision", approve),
        fr.relais.it.support.Oracle.without("requestId"));
    assertProblem(Logins.signedIn("operateur").json("POST", decision, approve), 404, null);
    assertProblem(agent.json("POST", decision, Map.of("decision", "PEUT-ETRE")), 400, "decision");
    assertProblem(agent.json("POST", decision, Map.of("decision", "REJECT")), 400, "reason");
    assertProblem(
        agent.json("POST", queue + "/" + UUID.randomUUID() + "/decision", approve), 404, null);
    assertEquals(200, intruder.get(API + "/my-file").statusCode(), "nothing changed yet");

    int mailsBefore = TestEnvironment.mail().outgoing().received().size();
    HttpResponse<String> decided = agent.json("POST", decision, approve);
    assertEquals(200, decided.statusCode(), decided.body());
    assertEquals("APPROVED", json(decided).get("status"));
    assertProblem(agent.json("POST", decision, approve), 409, "status");

    // Hers again: the account writes to her sub-address, awaiting its first message.
    Map<String, Object> account =
        (Map<String, Object>) Json.list(worker.get(AdministrationAccounts.of(person))).get(0);
    assertEquals(number, account.get("identifier"));
    assertEquals(true, account.get("onSubAddress"));
    assertEquals("DONE", account.get("move"));
    // The intruder's addresses detached: off her contact, flagged, blocked, refused for good.
    Map<String, Object> file = json(worker.get(API + "/persons/" + person));
    assertNull(((Map<String, Object>) file.get("contact")).get("email"));
    assertEquals(2, Json.list(worker.get(EmailChanges.flags(person))).size());
    assertProblem(
        worker.json("PUT", API + "/persons/" + person + "/contact", Map.of("email", other)),
        400,
        "email");
    assertProblem(
        worker.json("POST", EmailChanges.of(person), Map.of("email", lookAlike)), 400, "email");
    assertTrue(Rows.count("blocked_person", "person_id", UUID.fromString(person)) >= 2);
    // S33: what was filed from the account while it was held is frozen for review on her file.
    Map<String, Object> frozen = json(worker.get(API + "/procedures/" + filedByIntruder));
    assertEquals(true, frozen.get("frozen"));
    assertProblem(
        worker.json(
            "POST",
            Procedures.actions(filedByIntruder),
            Map.of("action", "STATUS", "status", "UNDER_REVIEW")),
        409,
        "frozen");
    Map<String, Object> reviewed =
        Procedures.act(
            worker,
            filedByIntruder,
            Map.of("action", "REVIEW", "detail", "Vérifiée avec elle : demande légitime"));
    assertEquals(false, reviewed.get("frozen"));
    assertEquals(
        List.of("CREATED", "FILED", "FROZEN", "REVIEWED"),
        ((List<Map<String, Object>>) reviewed.get("events"))
            .stream().map(e -> e.get("kind")).toList());
    assertTrue(
        Journal.has(Journal.since(seq), "takeover.attachment", "SUCCESS", "agent.prefecture"));
    // The intruder's access to her record ends at its next request.
    assertEquals(401, intruder.get(API + "/my-file").statusCode());
    // Told nothing: not a mail, not an outbox row, to any of the intruder's addresses.
    Thread.sleep(2000);
    List<RecordingSmtpServer.Received> all = TestEnvironment.mail().outgoing().received();
    for (RecordingSmtpServer.Received m : all.subList(mailsBefore, all.size())) {
      String to = String.join(",", m.recipients()).toLowerCase();
      assertFalse(to.contains(lookAlike) || to.contains(other), "S45: mail to " + to);
    }
    assertEquals(0, Rows.count("outbox_mail", "recipient", lookAlike));
    assertEquals(0, Rows.count("outbox_mail", "recipient", other));
    // Her structure is told; every step journaled, never an address.
    assertTrue(worker.get(API + "/me/reminders").body().contains("TAKEOVER_DECIDED"));
    List<Journal.Row> rows = Journal.since(seq);
    assertTrue(Journal.has(rows, "takeover.file", "SUCCESS", "ts1.ccas"));
    assertTrue(Journal.has(rows, "takeover.decide", "SUCCESS", "agent.prefecture"));
    assertTrue(Journal.has(rows, "takeover.decide", "REFUSED", "agent.prefecture2"));
    assertTrue(Journal.has(rows, "takeover.decide", "REFUSED", "ts1.ccas"));
    Journal.assertNoValue(rows, tag, number);
  }

  @Test
  void theClaimIsFiledOnHerFileAndDecidedInTheAgentsQueue() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String person = People.verifiedWithMandate(worker, tag);
    Documents.uploadPdf(worker, person, "Capture du compte " + tag);
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("ts1.ccas");
      browser.open(Ports.base() + "/app/person.xhtml?id=" + person);
      browser.awaitText("#takeover-heading", "usurpé");
      browser.click("#takeover-new summary");
      browser.type("#takeover-new\\:identifier", "7533333333");
      browser.type("#takeover-new\\:intruders", "intrus." + tag + "@exemple.fr");
      browser.type(
          "#takeover-new\\:description",
          "Compte ouvert par un proche avec une adresse ressemblante");
      browser.click("[id$='attach']");
      browser.assertAccessible("person-takeover-form");
      browser.click("#takeover-new\\:file-claim");
      browser.awaitText("#messages", "Demande déposée");
      browser.awaitText("#takeover-claims", "En attente de décision");
      browser.assertAccessible("person-takeover-filed");
    }
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("agent.prefecture");
      browser.open(Ports.base() + "/app/takeover-claims.xhtml");
      browser.awaitText("#takeovers-heading", "reprise");
      browser.awaitText("#contenu", "intrus." + tag);
      browser.awaitText(".attachment-link", "Justificatif");
      browser.assertAccessible("takeover-queue");
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeScript(
              "for (const a of document.querySelectorAll('article.takeover-claim')) {"
                  + " if (a.textContent.includes(arguments[0])) {"
                  + " a.querySelector('button[id$=\"approve\"]').click(); } }",
              "intrus." + tag);
      browser.awaitText("#messages", "Demande approuvée");
      browser.assertAccessible("takeover-approved");
    }
  }
}
