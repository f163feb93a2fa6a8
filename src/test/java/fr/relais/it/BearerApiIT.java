package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Bearer;
import fr.relais.it.support.TestEnvironment;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API accepts OpenID Connect access tokens: valid ones get through, expired, foreign, forged
 * and missing ones get 401 with a problem document (H2, S1, S71).
 */
class BearerApiIT extends RelaisIT {

  @Test
  void aValidTokenIsAccepted() throws Exception {
    HttpResponse<String> r =
        Bearer.me(TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5)));
    assertEquals(200, r.statusCode(), r.body());
    Map<String, Object> me = json(r);
    assertEquals("PLATFORM_OPERATOR", me.get("role"));
    assertEquals("bearer", me.get("authenticationMethod"));
    assertEquals("Opératrice API", me.get("displayName"));
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    assertUnauthorized(
        Bearer.me(
            TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(-10))));
  }

  @Test
  void aTokenSignedByAnUnknownKeyIsRefused() throws Exception {
    assertUnauthorized(
        Bearer.me(TestEnvironment.scripted().accessTokenSignedByUnknownKey("api-operateur")));
  }

  @Test
  void aTokenFromAnIssuerThatIsNotConfiguredIsRefused() throws Exception {
    try (var foreign =
        fr.relais.it.support.ScriptedProvider.start(
            "localhost", 0, "/elsewhere", "relais", "other-secret")) {
      assertUnauthorized(Bearer.me(foreign.accessToken("api-operateur", Duration.ofMinutes(5))));
    }
  }

  @Test
  void aMissingOrMalformedTokenIsRefused() throws Exception {
    assertEquals(401, Bearer.me(null).statusCode());
    assertEquals(Problem.TYPE, Bearer.me(null).headers().firstValue("Content-Type").orElse(""));
    assertUnauthorized(Bearer.me("not-a-jwt"));
    assertUnauthorized(Bearer.me(""));
  }

  @Test
  void aValidTokenForAnIdentityWithoutAccountIsForbidden() throws Exception {
    HttpResponse<String> r =
        Bearer.me(TestEnvironment.scripted().accessToken("sans-compte", Duration.ofMinutes(5)));
    assertEquals(403, r.statusCode());
    assertEquals(Problem.TYPE, r.headers().firstValue("Content-Type").orElse(""));
  }

  private static void assertUnauthorized(HttpResponse<String> r) throws Exception {
    assertEquals(401, r.statusCode(), r.body());
    assertEquals(Problem.TYPE, r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    Map<String, Object> problem = json(r);
    assertEquals(401L, ((Number) problem.get("status")).longValue());
    assertTrue(problem.get("requestId") != null);
  }

  /** What every error looks like. */
  static final class Problem {
    static final String TYPE = "application/problem+json";
  }
}
