package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestClock;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Urgency of incoming mail read on the shared clock (A2): a request for documents due in 15 days is
 * urgent and dated from Relais's own today, which this class moves ten days ahead, and a member can
 * correct it.
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock")
class MailboxUrgencyIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";

  private static final String CCAS = Structures.CCAS;

  @Test
  @SuppressWarnings("unchecked")
  void urgencyIsReadOnTheSharedClockAndAMemberCanCorrectIt() throws Exception {
    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    TestClock.shiftDays(token, 10);
    try {
      // Signed in on the moved clock (a session older than 12 h by it would have ended).
      WebClient worker = Logins.signedIn("ts1.ccas");
      MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Urgence");
      LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10);
      TestEnvironment.mail()
          .deliver(
              MailTraffic.message(
                  p.address(),
                  "Demande de pièces complémentaires",
                  "Merci de transmettre les pièces suivantes dans un délai de 15 jours."));
      Map<String, Object> m = MailTraffic.awaitMessages(worker, p.id(), 1).get(0);
      assertEquals("DOCUMENTS_REQUESTED", m.get("kind"));
      assertEquals(Boolean.TRUE, m.get("urgent"));
      assertEquals(
          today.plusDays(15).toString(), m.get("dueOn"), "15 days from today on Relais's clock");

      HttpResponse<String> urgent =
          worker.get(API + "/structures/" + CCAS + "/urgent-messages?limit=100");
      assertEquals(200, urgent.statusCode());
      assertTrue(urgent.body().contains((String) m.get("id")));

      HttpResponse<String> corrected =
          worker.json(
              "PUT",
              API + "/messages/" + m.get("id") + "/urgency",
              Map.of("urgent", true, "dueOn", today.plusDays(3).toString()));
      assertEquals(200, corrected.statusCode(), corrected.body());
      assertEquals(
          today.plusDays(3).toString(),
          ((Map<String, Object>) json(corrected).get("summary")).get("dueOn"));
    } finally {
      TestClock.shiftDays(token, 0);
    }
  }
}
