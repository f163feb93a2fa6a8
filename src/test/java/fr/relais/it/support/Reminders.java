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

  /**
   * Runs the reminder job (every deadline, and takeover claims to escalate) now. The timed run (a
   * minute after the deployment, then hourly) may hold the job at that moment, and the job then
   * does nothing: the deadlines are swept first, waiting that run out, so that what is due now is
   * reminded whatever the timing.
   */
  public static void run(String token) throws Exception {
    sweep(token);
    post(token, "run");
  }

  /**
   * Sweeps the deadlines now; returns the counts per step the sweep gives. When another run holds
   * the job (the timed one), the engine answers that it did not run: the sweep is asked again once
   * that run ended.
   */
  public static Map<String, Object> sweep(String token) throws Exception {
    Map<String, Object> sweep = JSONObjectUtils.parse(post(token, "sweep").body());
    for (int wait = 0; !Boolean.TRUE.equals(sweep.get("ran")) && wait < 300; wait++) {
      Thread.sleep(100);
      sweep = JSONObjectUtils.parse(post(token, "sweep").body());
    }
    return sweep;
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
