package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The controllable clock moves Relais's time for every node (it is kept in the database), and a
 * staff session ends at its absolute lifetime of 12 hours whatever its activity (S5).
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock")
class SessionLifetimeIT extends RelaisIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> clock(String subject, String method, String body)
      throws Exception {
    String token = TestEnvironment.scripted().accessToken(subject, Duration.ofMinutes(5));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Ports.base() + "/api/v1/test-support/clock"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json");
    b = body == null ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSessionEndsAfterTwelveHoursWhateverItsActivity() throws Exception {
    WebClient web = Logins.signedIn("admin.ccas");
    assertEquals(200, web.get(Ports.base() + "/api/v1/me").statusCode());
    try {
      HttpResponse<String> eleven = clock("api-operateur", "PUT", "{\"offsetSeconds\": 39600}");
      assertEquals(200, eleven.statusCode(), eleven.body());
      assertEquals(200, web.get(Ports.base() + "/api/v1/me").statusCode(), "11 h: still valid");
      assertEquals(200, clock("api-operateur", "PUT", "{\"offsetSeconds\": 43260}").statusCode());
      assertEquals(401, web.get(Ports.base() + "/api/v1/me").statusCode(), "12 h 01: ended");
    } finally {
      assertEquals(200, clock("api-operateur", "PUT", "{\"offsetSeconds\": 0}").statusCode());
    }
  }

  @Test
  void theClockReportsItsShiftedTime() throws Exception {
    try {
      assertEquals(200, clock("api-operateur", "PUT", "{\"offsetSeconds\": 86400}").statusCode());
      Map<String, Object> state = json(clock("api-operateur", "GET", null));
      Instant now = Instant.parse((String) state.get("now"));
      assertTrue(now.isAfter(Instant.now().plus(Duration.ofHours(23))), "a day ahead: " + now);
      assertEquals(86400L, ((Number) state.get("offsetSeconds")).longValue());
    } finally {
      clock("api-operateur", "PUT", "{\"offsetSeconds\": 0}");
    }
  }

  @Test
  void onlyTheOperatorMovesTheClockAndBadOffsetsAreRefused() throws Exception {
    long before = Journal.maxSeq();
    WebClient worker = Logins.signedIn("ts2.asso");
    HttpResponse<String> refused =
        worker.send(
            HttpRequest.newBuilder(URI.create(Ports.base() + "/api/v1/test-support/clock"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"offsetSeconds\": 100}")));
    assertEquals(403, refused.statusCode());
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(r -> r.action().equals("clock.shift") && r.outcome().equals("REFUSED")));
    HttpResponse<String> missing = clock("api-operateur", "PUT", "{}");
    assertEquals(400, missing.statusCode());
    assertTrue(missing.body().contains("offsetSeconds"));
    HttpResponse<String> far = clock("api-operateur", "PUT", "{\"offsetSeconds\": 999999999999}");
    assertEquals(400, far.statusCode());
    assertEquals(
        0L, ((Number) json(clock("api-operateur", "GET", null)).get("offsetSeconds")).longValue());
  }
}
