package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The deployment's shared clock, moved through the test-support endpoint with an operator's API
 * token; every test that moves it sets it back to 0 when done.
 */
public final class TestClock {
  private TestClock() {}

  /** Sets the shared clock's offset from system time, in days. */
  public static void shiftDays(String token, long days) throws Exception {
    shiftSeconds(token, days * 86400);
  }

  /** Sets the shared clock's offset from system time, in seconds. */
  public static void shiftSeconds(String token, long seconds) throws Exception {
    HttpResponse<String> r =
        new WebClient()
            .send(
                HttpRequest.newBuilder(URI.create(Ports.base() + "/api/v1/test-support/clock"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"offsetSeconds\":" + seconds + "}")));
    assertEquals(200, r.statusCode(), r.body());
  }
}
