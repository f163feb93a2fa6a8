package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.AdministrationAccounts;
import fr.relais.it.support.EmailChanges;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Reminders;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TakeoverClaims;
import fr.relais.it.support.TestClock;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A takeover claim rejected changes nothing, and one left waiting past a working day by the shared
 * clock, which this class moves, is escalated to the department's agents (E3, S33).
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock")
class TakeoverClaimEscalationIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";

  private static final String CCAS = Structures.CCAS;

  @Test
  @SuppressWarnings("unchecked")
  void aRejectedClaimChangesNothingAndAWaitingOneIsEscalatedAfterAWorkingDay() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String person = People.verifiedWithMandate(worker, tag);
    String mine = "elle." + tag + "@exemple.fr";
    assertEquals(
        200,
        worker
            .json("PUT", API + "/persons/" + person + "/contact", Map.of("email", mine))
            .statusCode());
    String rejected =
        (String)
            json(worker.json(
                    "POST",
                    TakeoverClaims.of(person),
                    TakeoverClaims.body("7511111111", List.of(mine), false)))
                .get("id");
    WebClient agent = Logins.signedIn("agent.prefecture");
    assertTrue(
        agent.get(API + "/me/reminders").body().contains("\"subjectId\":\"" + rejected + "\""),
        "the agents are told");
    HttpResponse<String> no =
        agent.json(
            "POST",
            API + "/takeover-claims/" + rejected + "/decision",
            Map.of("decision", "REJECT", "reason", "Pièces insuffisantes"));
    assertEquals(200, no.statusCode(), no.body());
    assertEquals("REJECTED", json(no).get("status"));
    assertEquals(
        mine,
        ((Map<String, Object>) json(worker.get(API + "/persons/" + person)).get("contact"))
            .get("email"),
        "nothing changed");
    assertEquals(
        "NONE",
        ((Map<String, Object>) Json.list(worker.get(AdministrationAccounts.of(person))).get(0))
            .get("move"));
    assertEquals(0, Json.list(worker.get(EmailChanges.flags(person))).size());

    String waiting =
        (String)
            json(worker.json(
                    "POST",
                    TakeoverClaims.of(person),
                    TakeoverClaims.body("7522222222", List.of("x." + tag + "@exemple.fr"), false)))
                .get("id");
    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    try {
      Reminders.run(token);
      assertNull(claimOf(worker, person, waiting).get("escalatedAt"), "not before a working day");
      // Four days on, a working day has passed whatever the day of filing.
      TestClock.shiftDays(token, 4);
      Reminders.run(token);
      Reminders.run(token);
    } finally {
      TestClock.shiftSeconds(token, 0);
    }
    WebClient fresh = Logins.signedIn("ts1.ccas");
    assertNotNull(claimOf(fresh, person, waiting).get("escalatedAt"));
    String reminders = Logins.signedIn("agent.prefecture").get(API + "/me/reminders").body();
    assertTrue(reminders.contains("TAKEOVER_ESCALATED"), reminders);
    assertEquals(
        2,
        reminders.split("\"subjectId\":\"" + waiting + "\"").length - 1,
        "filed once, escalated once");
    assertFalse(
        Logins.signedIn("agent.prefecture2").get(API + "/me/reminders").body().contains(waiting));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> claimOf(WebClient member, String person, String id)
      throws Exception {
    for (Object o : Json.list(member.get(TakeoverClaims.of(person)))) {
      Map<String, Object> c = (Map<String, Object>) o;
      if (id.equals(c.get("id"))) {
        return c;
      }
    }
    throw new AssertionError("no claim " + id);
  }
}
