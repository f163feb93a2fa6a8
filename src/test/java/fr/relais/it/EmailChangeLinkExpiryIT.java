package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.EmailChanges;
import fr.relais.it.support.Logins;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.SentMail;
import fr.relais.it.support.TestClock;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An email change's link on the shared clock (E1, S30, S31, S70), which this class moves: starting
 * again at once waits out the cooldown; a link lasts 24 hours; a new one replaces it; a link whose
 * person's address changed meanwhile goes stale.
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock")
class EmailChangeLinkExpiryIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aLinkExpiresIsReplacedGoesStaleAndStartsWaitOutTheCooldown() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = tag();
    String oldAddress = "actuelle." + tag + "@exemple.fr";
    String person = People.verifiedWithMandate(worker, tag);
    EmailChanges.setEmail(worker, person, oldAddress);
    int mailsBefore = SentMail.count();
    HttpResponse<String> first =
        worker.json("POST", EmailChanges.of(person), Map.of("email", "une." + tag + "@exemple.fr"));
    assertEquals(201, first.statusCode(), first.body());
    String firstToken =
        SentMail.awaitLink("une." + tag + "@exemple.fr", "email-confirmation", mailsBefore);

    // S70: starting again at once waits out the cooldown; nothing is sent.
    HttpResponse<String> again =
        worker.json(
            "POST", EmailChanges.of(person), Map.of("email", "deux." + tag + "@exemple.fr"));
    assertEquals(429, again.statusCode(), again.body());
    assertTrue(Long.parseLong(again.headers().firstValue("Retry-After").orElse("0")) > 0);
    assertEquals(1, EmailChanges.count(person));

    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    try {
      TestClock.shiftSeconds(token, 130);
      WebClient fresh = Logins.signedIn("ts1.ccas");
      HttpResponse<String> second =
          fresh.json(
              "POST", EmailChanges.of(person), Map.of("email", "deux." + tag + "@exemple.fr"));
      assertEquals(201, second.statusCode(), second.body());
      String secondToken =
          SentMail.awaitLink("deux." + tag + "@exemple.fr", "email-confirmation", mailsBefore);
      // The first link was replaced by the second.
      assertEquals("SUPERSEDED", EmailChanges.lookup(firstToken));
      assertProblem(
          new WebClient()
              .json("POST", API + "/email-links/confirmation", Map.of("token", firstToken)),
          409,
          "token");

      // Her address changes meanwhile (flagged, so removed): the second link is stale.
      HttpResponse<String> flagged =
          fresh.json(
              "POST",
              EmailChanges.flags(person),
              Map.of("email", oldAddress, "reason", "L'ex-conjoint y a accès"));
      assertEquals(201, flagged.statusCode(), flagged.body());
      assertNull(
          EmailChanges.emailOf(fresh, person),
          "a flagged address is removed from her contact at once");
      assertProblem(
          new WebClient()
              .json("POST", API + "/email-links/confirmation", Map.of("token", secondToken)),
          409,
          "token");
      assertEquals("STALE", EmailChanges.lookup(secondToken));
      assertNull(EmailChanges.emailOf(fresh, person));

      // A flagged address is answered exactly like one that cannot exist, wherever it is typed.
      HttpResponse<String> refused =
          fresh.json("POST", EmailChanges.of(person), Map.of("email", oldAddress.toUpperCase()));
      HttpResponse<String> invalid =
          fresh.json("POST", EmailChanges.of(person), Map.of("email", "pas-une-adresse"));
      assertProblem(refused, 400, "email");
      assertEquals(withoutRequestId(invalid), withoutRequestId(refused));
      assertProblem(
          fresh.json("PUT", EmailChanges.contact(person), Map.of("email", oldAddress)),
          400,
          "email");
      assertProblem(
          fresh.json("POST", EmailChanges.flags(person), Map.of("email", oldAddress)),
          409,
          "email");
      assertProblem(
          fresh.json("POST", EmailChanges.flags(person), Map.of("email", "x")), 400, "email");
      assertProblem(
          fresh.json(
              "POST",
              EmailChanges.flags(person),
              Map.of("email", "y." + tag + "@exemple.fr", "reason", "r".repeat(301))),
          400,
          "reason");

      // A link older than 24 hours is expired, and changes nothing.
      TestClock.shiftSeconds(token, 300);
      WebClient later = Logins.signedIn("ts1.ccas");
      HttpResponse<String> third =
          later.json(
              "POST", EmailChanges.of(person), Map.of("email", "trois." + tag + "@exemple.fr"));
      assertEquals(201, third.statusCode(), third.body());
      String thirdToken =
          SentMail.awaitLink("trois." + tag + "@exemple.fr", "email-confirmation", mailsBefore);
      TestClock.shiftSeconds(token, 300 + 24 * 3600 + 60);
      assertEquals("EXPIRED", EmailChanges.lookup(thirdToken));
      assertProblem(
          new WebClient()
              .json("POST", API + "/email-links/confirmation", Map.of("token", thirdToken)),
          409,
          "token");
    } finally {
      TestClock.shiftSeconds(token, 0);
    }
    assertNull(
        EmailChanges.emailOf(Logins.signedIn("ts1.ccas"), person),
        "no link ever changed her address");
    assertEquals(
        0,
        SentMail.mailsTo(oldAddress, mailsBefore).size(),
        "a flagged address is never written to");
  }
}
