package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Downloads;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Procedures;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A technical blockage of the online service (C7, R1, R10): recorded with its evidence under the
 * procedure's access rule, attested as a dated PDF with a verification code and the letter asking
 * the prefecture for another channel; the prefecture agents of the department see it and answer,
 * never another department's, never a member.
 */
class BlockageIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  @SuppressWarnings("unchecked")
  void aBlockageIsAttestedAndAnsweredByThePrefectureOfTheDepartment() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String person = People.onCaseload(worker);
    Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    String procedure =
        (String) Procedures.created(worker, person, Map.of("type", "DUPLICATA")).get("id");
    Procedures.act(
        worker, procedure, Map.of("action", "FILE", "administrationReference", "ANEF-" + tag));
    String list = API + "/procedures/" + procedure + "/blockages";
    Map<String, Object> blockage = new HashMap<>();
    blockage.put("occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).toString());
    blockage.put("errorText", "Erreur technique " + tag + " : le formulaire refuse le titre volé");
    blockage.put("stepsTried", "Trois essais, deux navigateurs, l'assistance téléphonique");
    long seq = Journal.maxSeq();

    // Bad input, each named; refused to another caseload; nothing recorded.
    Map<String, Object> noError = new HashMap<>(blockage);
    noError.remove("errorText");
    assertProblem(worker.json("POST", list, noError), 400, "errorText");
    Map<String, Object> future = new HashMap<>(blockage);
    future.put("occurredAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
    assertProblem(worker.json("POST", list, future), 400, "occurredAt");
    assertProblem(worker.json("POST", list, "{\"errorText\":"), 400, null);
    assertProblem(Logins.signedIn("ts2.ccas").json("POST", list, blockage), 404, null);
    assertEquals(List.of(), Json.list(worker.get(list)), "nothing recorded");

    HttpResponse<String> recorded = worker.json("POST", list, blockage);
    assertEquals(201, recorded.statusCode(), recorded.body());
    String id = (String) json(recorded).get("id");
    String code = (String) json(recorded).get("verificationCode");
    assertTrue(code.matches("RLS-B-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
    List<Map<String, Object>> events =
        (List<Map<String, Object>>)
            json(worker.get(API + "/procedures/" + procedure)).get("events");
    assertEquals("BLOCKED", events.get(events.size() - 1).get("kind"));

    // The attestation and the letter: dated, the code on it, what failed.
    String pdfUrl = API + "/blockages/" + id + "/attestation.pdf";
    HttpResponse<byte[]> pdf = Downloads.bytes(worker, pdfUrl);
    assertEquals(200, pdf.statusCode());
    String text = MailTraffic.pdfText(pdf.body());
    for (String expected :
        List.of(
            "Attestation de blocage technique",
            code,
            "Erreur technique " + tag,
            "CCAS de Villeneuve-sur-Lot",
            "ANEF-" + tag,
            "Demande de dépôt par une autre voie",
            "Trois essais")) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
    assertEquals(404, Downloads.bytes(Logins.signedIn("ts2.ccas"), pdfUrl).statusCode());

    // The prefecture: the department's agent sees it and answers; another department never.
    WebClient agent = Logins.signedIn("agent.prefecture");
    WebClient otherAgent = Logins.signedIn("agent.prefecture2");
    assertTrue(agent.get(API + "/blockages").body().contains(id));
    assertFalse(otherAgent.get(API + "/blockages").body().contains(id));
    assertTrue(agent.get(API + "/me/reminders").body().contains("BLOCKAGE_RECORDED"));
    assertEquals(200, Downloads.bytes(agent, pdfUrl).statusCode());
    assertEquals(404, Downloads.bytes(otherAgent, pdfUrl).statusCode());
    assertProblem(worker.get(API + "/blockages"), 403, null);
    assertProblem(agent.get(API + "/blockages?status=PERDU"), 400, "status");
    String answer = API + "/blockages/" + id + "/answer";
    Map<String, Object> granted =
        Map.of("answer", "SUBSTITUTE_CHANNEL", "text", "Dépôt au guichet, sans rendez-vous");
    assertProblem(worker.json("POST", answer, granted), 403, null);
    assertProblem(otherAgent.json("POST", answer, granted), 404, null);
    assertProblem(agent.json("POST", answer, Map.of("answer", "PEUT-ETRE")), 400, "answer");
    assertProblem(
        agent.json("POST", answer, Map.of("answer", "APPOINTMENT")), 400, "appointmentAt");
    HttpResponse<String> answered = agent.json("POST", answer, granted);
    assertEquals(200, answered.statusCode(), answered.body());
    assertEquals("ANSWERED", json(answered).get("status"));
    assertEquals("SUBSTITUTE_CHANNEL", json(answered).get("answer"));
    assertProblem(agent.json("POST", answer, granted), 409, "status");
    events =
        (List<Map<String, Object>>)
            json(worker.get(API + "/procedures/" + procedure)).get("events");
    assertEquals("UNBLOCKED", events.get(events.size() - 1).get("kind"));
    assertTrue(worker.get(API + "/me/reminders").body().contains("BLOCKAGE_ANSWERED"));
    List<Journal.Row> rows = Journal.since(seq);
    assertTrue(Journal.has(rows, "blockage.record", "SUCCESS", "ts1.ccas"));
    assertTrue(Journal.has(rows, "blockage.attestation", "SUCCESS", "agent.prefecture"));
    assertTrue(Journal.has(rows, "blockage.answer", "SUCCESS", "agent.prefecture"));
    assertTrue(Journal.has(rows, "blockage.answer", "REFUSED", "agent.prefecture2"));
    Journal.assertNoValue(rows, "Erreur technique " + tag);
  }

  @Test
  void theWorkerReportsItOnScreenAndTheAgentAnswersOnScreen() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    String procedure =
        (String) Procedures.created(worker, person, Map.of("type", "DUPLICATA")).get("id");
    Procedures.act(worker, procedure, Map.of("action", "FILE"));
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("ts1.ccas");
      browser.open(Ports.base() + "/app/procedures.xhtml?person=" + person);
      browser.click("form[id$='blockage'] summary");
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "document.querySelector(\"[id$='blockage:occurredAt']\").value = arguments[0];",
              java.time.LocalDateTime.now().minusHours(1).withSecond(0).withNano(0).toString());
      browser.type("[id$='blockage:errorText']", "Page blanche " + tag);
      browser.type("[id$='blockage:stepsTried']", "Deux navigateurs");
      browser.assertAccessible("procedures-blockage-form");
      browser.click("[id$='blockage:blockage-button']");
      browser.awaitText("#messages", "Le blocage est enregistré");
      browser.awaitText(".blockages", "En attente de la préfecture");
      browser.assertAccessible("procedures-blockage-recorded");
    }
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("agent.prefecture");
      browser.open(Ports.base() + "/app/blockages.xhtml");
      browser.awaitText("#blockages-heading", "Blocages");
      browser.awaitText("#contenu", "Page blanche " + tag);
      browser.assertAccessible("blockages-queue");
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "for (const a of document.querySelectorAll('article.blockage')) {"
                  + " if (a.textContent.includes(arguments[0])) {"
                  + " a.querySelector('button[id$=\"answer-button\"]').click(); } }",
              "Page blanche " + tag);
      browser.awaitText("#messages", "La réponse est enregistrée");
      browser.assertAccessible("blockages-answered");
    }
  }

  /**
   * R5: the department's prefecture agents see the requests for documents past their due date of
   * the structures they accredit — the procedure, its reference, the structure, never her name — by
   * keyset pages; another department's agents do not, members are refused, nothing closes.
   */
  @Test
  @SuppressWarnings("unchecked")
  void thePrefectureSeesOverdueRequestsWithoutHerName() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String name = (String) json(worker.get(API + "/persons/" + person)).get("firstNames");
    Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    String procedure =
        (String) Procedures.created(worker, person, Map.of("type", "DUPLICATA")).get("id");
    String reference = "AN-ECHU-" + UUID.randomUUID().toString().substring(0, 6);
    Procedures.act(
        worker, procedure, Map.of("action", "FILE", "administrationReference", reference));
    Map<String, Object> asked =
        json(
            worker.json(
                "POST",
                API + "/procedures/" + procedure + "/document-requests",
                Map.of(
                    "requestedOn",
                    TODAY.minusDays(30).toString(),
                    "dueOn",
                    TODAY.toString(),
                    "documentTypes",
                    List.of("PAYSLIP"))));
    String request = (String) ((List<Map<String, Object>>) asked.get("requests")).get(0).get("id");
    long seq = Journal.maxSeq();

    WebClient agent = Logins.signedIn("agent.prefecture");
    Map<String, Object> item = null;
    String after = null;
    do { // page by page, five at a time, until it shows
      HttpResponse<String> r =
          agent.get(API + "/overdue-requests?limit=5" + (after == null ? "" : "&after=" + after));
      assertEquals(200, r.statusCode(), r.body());
      assertFalse(r.body().contains(name), "never her name");
      Map<String, Object> page = json(r);
      assertTrue(((List<?>) page.get("items")).size() <= 5);
      for (Map<String, Object> i : (List<Map<String, Object>>) page.get("items")) {
        if (request.equals(i.get("requestId"))) {
          item = i;
        }
      }
      after = (String) page.get("next");
    } while (item == null && after != null);
    assertTrue(item != null, "the overdue request is in the agent's view");
    assertEquals(reference, item.get("administrationReference"));
    assertEquals(procedure, item.get("procedureId"));
    assertEquals(TODAY.toString(), item.get("dueOn"));
    assertEquals(0L, ((Number) item.get("daysOverdue")).longValue(), "overdue on its due date");
    assertEquals(List.of("PAYSLIP"), item.get("documentTypes"));
    assertTrue(((String) item.get("structureName")).length() > 0);

    assertFalse(
        Logins.signedIn("agent.prefecture2")
            .get(API + "/overdue-requests?limit=200")
            .body()
            .contains(request),
        "another department's agent never");
    assertProblem(worker.get(API + "/overdue-requests"), 403, null);
    assertProblem(agent.get(API + "/overdue-requests?after=hier"), 400, "after");
    assertProblem(agent.get(API + "/overdue-requests?limit=0"), 400, "limit");
    // Nothing closed: the procedure still waits for the documents.
    assertEquals(
        "DOCUMENTS_REQUESTED", json(worker.get(API + "/procedures/" + procedure)).get("status"));
    List<Journal.Row> rows = Journal.since(seq);
    assertTrue(Journal.has(rows, "request.overdue", "SUCCESS", "agent.prefecture"));
    assertTrue(Journal.has(rows, "request.overdue", "REFUSED", "ts1.ccas"));

    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("agent.prefecture");
      browser.open(Ports.base() + "/app/blockages.xhtml");
      browser.awaitText("#overdue-heading", "Demandes de pièces échues");
      browser.awaitText(".overdue-requests", "Bulletin");
      browser.assertAccessible("blockages-overdue-requests");
    }
  }
}
