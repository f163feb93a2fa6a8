package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The reminder jobs, run at once through the test-support endpoints with an operator's API token,
 * on the shared {@link TestClock}'s time.
 */
public final class Reminders {
  private Reminders() {}

  /** Runs the reminder job (mandates ending, majority) now. */
  public static void run(String token) throws Exception {
    post(token, "run");
  }

  /** Sweeps the deadlines now; returns the counts per step the sweep gives. */
  public static Map<String, Object> sweep(String token) throws Exception {
    return JSONObjectUtils.parse(post(token, "sweep").body());
  }

  private static HttpResponse<String> post(String token, String job) throws Exception {
    HttpResponse<String> r =
        new WebClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(Ports.base() + "/api/v1/test-support/reminders/" + job))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, r.statusCode(), r.body());
    return r;
  }
}
