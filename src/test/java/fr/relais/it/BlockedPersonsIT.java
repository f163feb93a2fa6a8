package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.IdentityChecks;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A protected person's blocked persons (F5): kept by who may set her protection, as keyed hashes;
 * her own login and mail to her address refused to a blocked person with the answer given for a
 * target that does not exist, and her followers alerted.
 */
class BlockedPersonsIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;

  @Test
  @SuppressWarnings("unchecked")
  void blockedPersonsNeverReachHerFileThroughHerLoginOrHerAddress() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    WebClient worker = Logins.signedIn("ts1.ccas"); // habilitated, follows her
    WebClient ts2 = Logins.signedIn("ts2.ccas");
    String workerId = (String) json(worker.get(API + "/me")).get("accountId");
    String ts2Id = (String) json(ts2.get(API + "/me")).get("accountId");
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Bloquante");
    p.put("firstNames", "Liste " + UUID.randomUUID().toString().substring(0, 6));
    p.put("birthDate", "1989-09-09");
    p.put("confirmDuplicate", true);
    p.put("protectedPerson", true);
    p.put("protectionReason", "PROTECTION_ORDER");
    p.put("assignTo", List.of(workerId, ts2Id));
    HttpResponse<String> created = admin.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");
    String list = API + "/persons/" + person + "/blocked-persons";
    String local = "agresseur." + UUID.randomUUID().toString().substring(0, 6);
    String email = local + "@exemple.fr";

    // Who keeps the list: the administrator, a habilitated member who follows her. A follower
    // without the habilitation: 403; another structure: 404; an ordinary file: 409.
    assertProblem(ts2.get(list), 403, null);
    assertProblem(ts2.json("POST", list, Map.of("kind", "EMAIL", "value", email)), 403, null);
    assertProblem(Logins.signedIn("admin.asso").get(list), 404, null);
    String ordinary = People.onCaseload(worker);
    assertProblem(
        worker.json(
            "POST",
            API + "/persons/" + ordinary + "/blocked-persons",
            Map.of("kind", "EMAIL", "value", email)),
        409,
        "protectedPerson");

    // Bad input, each named; nothing added.
    assertProblem(worker.json("POST", list, Map.of("kind", "X", "value", email)), 400, "kind");
    assertProblem(
        worker.json("POST", list, Map.of("kind", "EMAIL", "value", "pas-une-adresse")),
        400,
        "value");
    assertProblem(
        worker.json("POST", list, Map.of("kind", "NAME_BIRTH", "value", "Jean Dupont")),
        400,
        "birthDate");
    assertProblem(
        worker.json("POST", list, Map.of("kind", "FOREIGN_NUMBER", "value", "12")), 400, "value");
    assertProblem(worker.json("POST", list, "{\"kind\":"), 400, null);
    assertEquals("[]", worker.get(list).body());

    long before = Journal.maxSeq();
    HttpResponse<String> added =
        worker.json("POST", list, Map.of("kind", "EMAIL", "value", " " + email.toUpperCase()));
    assertEquals(201, added.statusCode(), added.body());
    assertEquals("a…@exemple.fr", json(added).get("hint"));
    assertProblem(worker.json("POST", list, Map.of("kind", "EMAIL", "value", email)), 409, "value");
    HttpResponse<String> phone =
        admin.json("POST", list, Map.of("kind", "PHONE", "value", "+33 6 11 22 33 44"));
    assertEquals(201, phone.statusCode(), phone.body());
    assertEquals("…44", json(phone).get("hint"));
    assertEquals(2, Json.array(worker.get(list).body()).size());

    // At rest: a keyed hash and a hint, never the value.
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement("select * from blocked_person where person_id = ?")) {
      ps.setObject(1, UUID.fromString(person));
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            String v = String.valueOf(rs.getObject(i)).toLowerCase();
            assertFalse(v.contains(local) || v.contains("0611223344"), "clear value at rest: " + v);
          }
        }
      }
    }

    // Path 1: her own login. A link is handed over (her identity checked first, D3); a blocked
    // identity that signs in with it gets the answer of a link that does not exist; the link
    // still works for her afterwards.
    IdentityChecks.record(worker, person, local.substring(local.length() - 6));
    String link = PersonAccess.link(worker, person);
    WebClient intruder = new WebClient();
    intruder.get(link);
    HttpResponse<String> refused =
        Logins.throughStaffProviderWithClaims(
            intruder,
            "intrus." + UUID.randomUUID().toString().substring(0, 6),
            "{\"email\":\"" + email + "\",\"email_verified\":true}");
    assertEquals(
        Ports.base() + "/not-authorised.xhtml?reason=ACCESS_INVALID", WebClient.location(refused));
    WebClient her = new WebClient();
    HttpResponse<String> hers = PersonAccess.redeem(her, link, Logins.uniqueName("elle"));
    assertEquals(Ports.base() + "/app/my-file.xhtml", WebClient.location(hers));

    // Path 2: mail to her address from a blocked sender: held in triage, never filed for her.
    String address = MailTraffic.address(worker, person).address();
    String subject = "De la part d'un proche " + UUID.randomUUID();
    TestEnvironment.mail()
        .deliver(
            MailTraffic.message(address, subject, "Je sais où tu es.")
                .replace(
                    "From: \"ANEF - Prefecture\" <ne-pas-repondre@anef.interieur.gouv.fr>",
                    "From: \"Un proche\" <" + email.toUpperCase() + ">"));
    MailTraffic.awaitInboxDrained();
    String filed = worker.get(API + "/persons/" + person + "/messages?limit=200").body();
    assertFalse(filed.contains(subject), "not filed in the open: " + filed);
    List<Map<String, Object>> triage =
        (List<Map<String, Object>>)
            json(admin.get(API + "/structures/" + CCAS + "/triage?limit=200")).get("items");
    assertEquals(
        "BLOCKED_SENDER",
        triage.stream()
            .filter(i -> subject.equals(i.get("subject")))
            .findFirst()
            .orElseThrow()
            .get("reason"));

    // Her followers are alerted in the application, twice (login, mail).
    String reminders = worker.get(API + "/me/reminders").body();
    assertTrue(reminders.split("BLOCKED_PERSON_ATTEMPT").length - 1 >= 1, "alerted: " + reminders);
    assertTrue(ts2.get(API + "/me/reminders").body().contains("BLOCKED_PERSON_ATTEMPT"));

    // Journaled: the additions by kind, the refused login; never the value.
    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(r -> "blocked.add".equals(r.action()) && "EMAIL".equals(r.detail())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "person.access.grant".equals(r.action())
                        && "BLOCKED_EMAIL".equals(r.detail())));
    for (Journal.Row r : rows) {
      assertFalse(String.valueOf(r.detail()).toLowerCase().contains(local), r.toString());
    }

    // Removing an entry: the same address may reach her again.
    String id = (String) json(added).get("id");
    assertEquals(204, worker.json("DELETE", list + "/" + id, "").statusCode());
    assertProblem(worker.json("DELETE", list + "/" + id, ""), 404, null);
    assertEquals(1, Json.array(worker.get(list).body()).size());
  }
}
