package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Logins;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.TestClock;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An accompanied person's access link on the shared clock (B1, S7): a link never binds a member's
 * identity, is refused once withdrawn, and expires after 48 hours by the shared clock, which this
 * class moves.
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock")
class PersonAccessLinkExpiryIT extends RelaisIT {

  @Test
  @SuppressWarnings("unchecked")
  void aLinkNeverBindsAStaffIdentityNorOutlivesItsTimeOrItsWithdrawal() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);

    // S7: a member's identity is never made the person's own account.
    String link = PersonAccess.link(worker, person);
    assertEquals(
        Ports.base() + "/not-authorised.xhtml?reason=ACCESS_STAFF_ACCOUNT",
        WebClient.location(PersonAccess.redeem(new WebClient(), link, "ts2.ccas")));
    assertEquals(false, json(worker.get(PersonAccess.url(person))).get("linked"));

    // Withdrawn: refused.
    assertEquals(204, worker.json("DELETE", PersonAccess.url(person) + "/links", "").statusCode());
    assertEquals(
        Ports.base() + "/not-authorised.xhtml?reason=ACCESS_REVOKED",
        WebClient.location(
            PersonAccess.redeem(new WebClient(), link, Logins.uniqueName("personne"))));

    // 48 hours later: expired.
    String late = PersonAccess.link(worker, person);
    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    try {
      TestClock.shiftDays(token, 3);
      WebClient web = new WebClient();
      HttpResponse<String> page = web.get(late);
      assertTrue(page.body().contains("expiré"), page.body());
      assertEquals(
          Ports.base() + "/not-authorised.xhtml?reason=ACCESS_EXPIRED",
          WebClient.location(Logins.throughStaffProvider(web, Logins.uniqueName("personne"))));
      List<Object> links =
          (List<Object>)
              json(Logins.signedIn("ts1.ccas").get(PersonAccess.url(person))).get("links");
      assertTrue(
          links.stream().anyMatch(l -> "EXPIRED".equals(((Map<String, Object>) l).get("status"))),
          links.toString());
      assertTrue(
          links.stream().anyMatch(l -> "REVOKED".equals(((Map<String, Object>) l).get("status"))),
          links.toString());
    } finally {
      TestClock.shiftDays(token, 0);
    }
    assertFalse(
        json(Logins.signedIn("ts1.ccas").get(PersonAccess.url(person))).get("linked").equals(true));
  }
}
