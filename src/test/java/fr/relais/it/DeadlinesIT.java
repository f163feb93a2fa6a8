package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Procedures;
import fr.relais.it.support.Reminders;
import fr.relais.it.support.Rows;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestClock;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one deadline engine on the shared clock (C5, C6): a request for documents reminded at 10 and
 * 3 days, the administrator the day before, overdue on the day and never closed; the renewal window
 * of a permit that was not filed online, when it opens and two weeks before it closes; an ADP a
 * month and a week before it lapses. Each reminder once, whether the clock moves a day or several
 * weeks at a time; the structure's dashboard by urgency.
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock and runs the sweep")
class DeadlinesIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  @SuppressWarnings("unchecked")
  void everyStepFiresOnceAndNothingClosesSilently() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    Mandates.active(worker, person, TODAY, TODAY.plusMonths(11), List.of("DUPLICATA"));
    String procedure =
        (String) Procedures.created(worker, person, Map.of("type", "DUPLICATA")).get("id");
    Procedures.act(worker, procedure, Map.of("action", "FILE"));
    Map<String, Object> withRequest =
        json(
            worker.json(
                "POST",
                API + "/procedures/" + procedure + "/document-requests",
                Map.of("dueOn", TODAY.plusDays(12).toString(), "description", "Photos")));
    String request =
        (String) ((List<Map<String, Object>>) withRequest.get("requests")).get(0).get("id");
    Map<String, Object> adp = new HashMap<>();
    adp.put("kind", "ADP");
    adp.put("issuedOn", TODAY.minusMonths(2).toString());
    adp.put("validUntil", TODAY.plusDays(35).toString());
    String attestation =
        (String)
            ((List<Map<String, Object>>)
                    json(Procedures.attest(worker, procedure, adp)).get("attestations"))
                .get(0)
                .get("id");
    HttpResponse<String> permit =
        worker.json(
            "POST",
            API + "/persons/" + person + "/permits",
            Map.of(
                "permitType",
                "Carte de séjour pluriannuelle",
                "expiresOn",
                TODAY.plusDays(125).toString(),
                "filedOnline",
                false));
    assertEquals(201, permit.statusCode(), permit.body());
    assertEquals("BEFORE", json(permit).get("window"));
    String permitId = (String) json(permit).get("id");

    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    try {
      Reminders.sweep(token);
      assertEquals(0, count("DOCUMENTS_DUE_10", request), "12 days before: nothing yet");
      shift(token, 2);
      Reminders.sweep(token);
      assertEquals(1, count("DOCUMENTS_DUE_10", request));
      assertTrue(mine("ts1.ccas").contains("\"personId\":\"" + person + "\""), "names the file");
      shift(token, 5);
      Reminders.sweep(token);
      assertEquals(1, count("RENEWAL_WINDOW_OPENS", permitId), "the window opens (120 days)");
      assertEquals(1, count("ADP_LAPSING_30", attestation));
      shift(token, 9);
      Reminders.sweep(token);
      assertEquals(1, count("DOCUMENTS_DUE_3", request));
      shift(token, 11);
      Reminders.sweep(token);
      assertEquals(1, countFor("admin.ccas", "DOCUMENTS_DUE_1", request), "the administrator");
      shift(token, 12);
      Reminders.sweep(token);
      Reminders.sweep(token);
      assertEquals(1, count("DOCUMENTS_OVERDUE", request), "once, however many sweeps");
      assertEquals(1, countFor("admin.ccas", "DOCUMENTS_OVERDUE", request));
      assertEquals(1, count("DOCUMENTS_DUE_10", request), "never again");
      // Overdue, and nothing closed: the procedure still waits for the documents.
      WebClient fresh = client("ts1.ccas");
      Map<String, Object> now = json(fresh.get(API + "/procedures/" + procedure));
      assertEquals("DOCUMENTS_REQUESTED", now.get("status"));
      assertEquals(true, now.get("overdue"));
      assertEquals("OPEN", ((List<Map<String, Object>>) now.get("requests")).get(0).get("status"));
      // The dashboard: overdue first, counted; refused to a volunteer and to another structure.
      Map<String, Object> dashboard =
          json(fresh.get(API + "/structures/" + Structures.CCAS + "/deadlines?limit=200"));
      List<Map<String, Object>> items = (List<Map<String, Object>>) dashboard.get("items");
      Map<String, Object> mineOverdue =
          items.stream().filter(i -> request.equals(i.get("subjectId"))).findFirst().orElseThrow();
      assertEquals("OVERDUE", mineOverdue.get("urgency"));
      assertEquals("DOCUMENTS_OVERDUE", mineOverdue.get("state"));
      assertTrue(
          ((Number) ((Map<String, Object>) dashboard.get("counts")).get("OVERDUE")).longValue()
              >= 1);
      assertEquals("OVERDUE", items.get(0).get("urgency"), "most urgent first");
      String volunteer = "benevole.echeances." + UUID.randomUUID().toString().substring(0, 8);
      Members.join(Logins.signedIn("admin.ccas"), Structures.CCAS, "VOLUNTEER", false, volunteer);
      assertProblem(
          Logins.signedIn(volunteer).get(API + "/structures/" + Structures.CCAS + "/deadlines"),
          403,
          null);
      assertTrue(
          Logins.signedIn("admin.asso")
                  .get(API + "/structures/" + Structures.CCAS + "/deadlines")
                  .statusCode()
              >= 403);
      assertProblem(
          fresh.get(API + "/structures/" + Structures.CCAS + "/deadlines?after=hier"),
          400,
          "after");
      assertProblem(
          fresh.get(API + "/structures/" + Structures.CCAS + "/deadlines?limit=0"), 400, "limit");

      // Weeks at once: every step in between fires, once — the window's two weeks before
      // closing (day 51), the ADP's week before (day 28) and its lapse (day 36).
      shift(token, 52);
      Reminders.sweep(token);
      Reminders.sweep(token);
      assertEquals(1, count("RENEWAL_WINDOW_CLOSING", permitId));
      assertEquals(1, count("ADP_LAPSING_7", attestation));
      assertEquals(1, count("ADP_LAPSED", attestation));
      assertEquals(1, count("RENEWAL_WINDOW_OPENS", permitId));
      // Each step recorded once (its identity: deadline, due date, step).
      assertEquals(
          4L, Rows.count("deadline_step", "subject_id", UUID.fromString(request)), "4 steps");
      assertEquals(3L, Rows.count("deadline_step", "subject_id", UUID.fromString(attestation)));
      // A content-free mail through the outbox for each (S42), to who chose mail.
      assertTrue(Rows.count("outbox_mail", "kind", "DOCUMENTS_DUE") >= 1);
    } finally {
      TestClock.shiftSeconds(token, 0);
    }
  }

  /**
   * F1, S12: a protected person's deadlines and procedures are listed only to who may open her file
   * — her social worker, who holds the habilitation for protected cases — not to an administrator
   * of the structure without it, on the dashboard and in the list by urgency.
   */
  @Test
  @SuppressWarnings("unchecked")
  void aProtectedPersonsDeadlinesOnlyForWhoMayOpenHerFile() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas"); // holds the habilitation
    WebClient admin = Logins.signedIn("admin.ccas"); // does not
    Map<String, Object> body = new HashMap<>();
    body.put("lastName", "Protegee");
    body.put("firstNames", "Echeance " + UUID.randomUUID().toString().substring(0, 8));
    body.put("birthDate", "1987-04-12");
    body.put("confirmDuplicate", true);
    body.put("protectedPerson", true);
    body.put("protectionReason", "PROTECTION_ORDER");
    HttpResponse<String> created =
        worker.json("POST", API + "/structures/" + Structures.CCAS + "/persons", body);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");
    String me = (String) json(worker.get(API + "/me")).get("accountId");
    assertEquals(
        200,
        admin
            .json(
                "PUT",
                API + "/persons/" + person + "/assignments",
                Map.of("accountIds", List.of(me)))
            .statusCode());
    Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    String procedure =
        (String) Procedures.created(worker, person, Map.of("type", "DUPLICATA")).get("id");
    Procedures.act(worker, procedure, Map.of("action", "FILE"));
    Map<String, Object> asked =
        json(
            worker.json(
                "POST",
                API + "/procedures/" + procedure + "/document-requests",
                Map.of("dueOn", TODAY.plusDays(5).toString())));
    String request = (String) ((List<Map<String, Object>>) asked.get("requests")).get(0).get("id");

    String deadlines = API + "/structures/" + Structures.CCAS + "/deadlines?limit=200";
    String urgency = API + "/structures/" + Structures.CCAS + "/procedures?limit=200";
    assertTrue(everyPage(worker, deadlines).contains(request), "her social worker sees it");
    assertTrue(everyPage(worker, urgency).contains(procedure));
    String all = everyPage(admin, deadlines);
    assertFalse(all.contains(request), "an administrator without the habilitation does not");
    assertFalse(all.contains(person));
    String procedures = everyPage(admin, urgency);
    assertFalse(procedures.contains(procedure));
    assertFalse(procedures.contains(person));
  }

  /** Every page of a keyset list, bodies joined. */
  private static String everyPage(WebClient w, String url) throws Exception {
    StringBuilder all = new StringBuilder();
    String next = null;
    int pages = 0;
    do {
      HttpResponse<String> r = w.get(url + (next == null ? "" : "&after=" + next));
      assertEquals(200, r.statusCode(), r.body());
      all.append(r.body());
      next = (String) json(r).get("next");
    } while (next != null && ++pages < 100);
    return all.toString();
  }

  /** Signed-in clients for this clock position (a session does not survive a large shift). */
  private final Map<String, WebClient> clients = new HashMap<>();

  private void shift(String token, long days) throws Exception {
    TestClock.shiftDays(token, days);
    clients.clear();
  }

  private WebClient client(String login) throws Exception {
    WebClient c = clients.get(login);
    if (c == null) {
      c = Logins.signedIn(login);
      clients.put(login, c);
    }
    return c;
  }

  private String mine(String login) throws Exception {
    return client(login).get(API + "/me/reminders").body();
  }

  private int count(String kind, String subject) throws Exception {
    return countFor("ts1.ccas", kind, subject);
  }

  @SuppressWarnings("unchecked")
  private int countFor(String login, String kind, String subject) throws Exception {
    int n = 0;
    for (Object o : Json.list(client(login).get(API + "/me/reminders"))) {
      Map<String, Object> r = (Map<String, Object>) o;
      if (kind.equals(r.get("kind")) && subject.equals(r.get("subjectId"))) {
        n++;
      }
    }
    return n;
  }
}
