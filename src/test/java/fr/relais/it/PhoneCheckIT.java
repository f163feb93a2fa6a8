package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
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
 * The phone protocol (D2, S20, S23, S70): the code she makes in her own space is accepted once; a
 * wrong, used, expired or never-made code gets one and the same answer; answers come with a growing
 * delay for the member who types them, never a lock-out — she makes a new code, another member can
 * check it at once; every attempt is journaled, never the code. The screens: {@link
 * PhoneCheckScreensIT}.
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock")
class PhoneCheckIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";

  @Test
  void herCodeIsAcceptedOnceAndNoWrongAnswerTellsWhyNorLocksHerOut() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String check = API + "/persons/" + person + "/identity/phone-checks";
    String username = Logins.uniqueName("elle.appel");

    // Before she has any code: the answer a wrong code gets.
    HttpResponse<String> none = worker.json("POST", check, Map.of("code", "12345678"));
    assertProblem(none, 400, "code");
    Map<String, Object> refusal = withoutRequestId(none);

    WebClient her = PersonAccess.signedIn(worker, person, username);
    HttpResponse<String> issued = her.json("POST", API + "/me/phone-code", "");
    assertEquals(201, issued.statusCode(), issued.body());
    String code = (String) json(issued).get("code");
    assertTrue(code.matches("[0-9]{8}"), code);
    assertProblem(worker.json("POST", API + "/me/phone-code", ""), 403, null);

    // The member who typed a wrong answer waits (429, Retry-After) before the next.
    long seq = Journal.maxSeq();
    Thread.sleep(1_100); // the delay after the code made before she had one
    HttpResponse<String> wrong = worker.json("POST", check, Map.of("code", wrongOf(code)));
    assertEquals(refusal, withoutRequestId(wrong), "a wrong code: the same answer");
    HttpResponse<String> tooSoon = worker.json("POST", check, Map.of("code", code));
    assertEquals(429, tooSoon.statusCode(), tooSoon.body());
    assertTrue(tooSoon.headers().firstValue("Retry-After").isPresent());

    // Another member who follows her is not slowed by it, and checks the right code at once.
    WebClient admin = Logins.signedIn("admin.ccas");
    HttpResponse<String> right =
        admin.json("POST", check, Map.of("code", code.substring(0, 4) + " " + code.substring(4)));
    assertEquals(200, right.statusCode(), right.body());
    assertEquals(true, json(right).get("confirmed"));
    // Used once.
    Thread.sleep(2_100);
    assertEquals(refusal, withoutRequestId(worker.json("POST", check, Map.of("code", code))));

    // Five wrong answers void her code; she simply makes another, which works.
    String second = (String) json(her.json("POST", API + "/me/phone-code", "")).get("code");
    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    try {
      for (int i = 0; i < 5; i++) {
        // A minute later each time: past the member's delay (30 s at most), within her code's life.
        TestClock.shiftSeconds(token, 60L * (i + 1));
        assertEquals(
            refusal, withoutRequestId(worker.json("POST", check, Map.of("code", wrongOf(second)))));
      }
      TestClock.shiftSeconds(token, 60L * 6);
      assertEquals(
          refusal,
          withoutRequestId(worker.json("POST", check, Map.of("code", second))),
          "void after five wrong answers");
      String third = (String) json(her.json("POST", API + "/me/phone-code", "")).get("code");
      TestClock.shiftSeconds(token, 60L * 7);
      assertEquals(200, worker.json("POST", check, Map.of("code", third)).statusCode());

      // Expired after ten minutes.
      String fourth = (String) json(her.json("POST", API + "/me/phone-code", "")).get("code");
      TestClock.shiftSeconds(token, 60L * 7 + 11 * 60);
      assertEquals(refusal, withoutRequestId(worker.json("POST", check, Map.of("code", fourth))));
    } finally {
      TestClock.shiftDays(token, 0);
    }

    // Others: another structure and a worker who does not follow her get 404.
    for (WebClient stranger : List.of(Logins.signedIn("ts2.ccas"), Logins.signedIn("admin.asso"))) {
      assertProblem(stranger.json("POST", check, Map.of("code", code)), 404, null);
    }
    assertProblem(worker.json("POST", check, "{\"code\":"), 400, null);

    var rows = Journal.since(seq);
    assertTrue(
        rows.stream()
            .anyMatch(
                r -> "identity.phone.check".equals(r.action()) && "FAILED".equals(r.outcome())));
    assertTrue(Journal.has(rows, "identity.phone.check", "SUCCESS", "admin.ccas"));
    assertTrue(
        rows.stream()
            .anyMatch(
                r -> "identity.phone.check".equals(r.action()) && "REFUSED".equals(r.outcome())),
        "the throttled attempt");
    Journal.assertNoValue(rows, code, second);
  }

  private static String wrongOf(String code) {
    char last = code.charAt(7);
    return code.substring(0, 7) + (last == '9' ? '0' : (char) (last + 1));
  }
}
