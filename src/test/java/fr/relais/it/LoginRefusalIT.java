package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.ScriptedProvider;
import fr.relais.it.support.ScriptedProvider.Tweak;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Every login response that fails a check is refused with a clear page and a journal entry (S1, S2,
 * S51): replayed or unknown state, and ID tokens with a wrong nonce, audience or issuer, expired,
 * or signed by a key the provider does not publish.
 */
@org.junit.jupiter.api.parallel.ResourceLock(fr.relais.it.support.ScriptedProvider.LOGIN_QUEUE)
class LoginRefusalIT extends RelaisIT {

  @Test
  void aReplayedStateIsRefused() throws Exception {
    TestEnvironment.scripted().nextLogin("api-operateur", Tweak.NONE);
    WebClient web = new WebClient();
    HttpResponse<String> start = web.get(Ports.base() + "/auth/login?provider=scripted");
    HttpResponse<String> authorized = web.get(WebClient.location(start));
    String callbackUrl = WebClient.location(authorized);
    HttpResponse<String> first = web.get(callbackUrl);
    assertEquals(Ports.base() + "/app/home.xhtml", WebClient.location(first));

    long before = Journal.maxSeq();
    HttpResponse<String> replay = web.get(callbackUrl);
    assertRefused(web, replay, "STATE_UNKNOWN", "a expiré ou a déjà été utilisée", before);
  }

  @Test
  void anUnknownStateIsRefused() throws Exception {
    WebClient web = new WebClient();
    web.get(Ports.base() + "/auth/login?provider=staff");
    long before = Journal.maxSeq();
    HttpResponse<String> forged =
        web.get(Ports.base() + "/auth/callback?code=forged&state=" + "x".repeat(43));
    assertRefused(web, forged, "STATE_UNKNOWN", "a expiré ou a déjà été utilisée", before);
  }

  @Test
  void anIdTokenWithTheWrongNonceIsRefused() throws Exception {
    refusedFor(Tweak.WRONG_NONCE, "ID_TOKEN_NONCE", "ne correspond pas à cette tentative");
  }

  @Test
  void anIdTokenForAnotherAudienceIsRefused() throws Exception {
    refusedFor(Tweak.WRONG_AUDIENCE, "ID_TOKEN_AUDIENCE", "n'était pas destinée à Relais");
  }

  @Test
  void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
    refusedFor(Tweak.WRONG_ISSUER, "ID_TOKEN_ISSUER", "ne vient pas du service attendu");
  }

  @Test
  void anExpiredIdTokenIsRefused() throws Exception {
    refusedFor(Tweak.EXPIRED, "ID_TOKEN_EXPIRED", "a expiré");
  }

  @Test
  void anIdTokenSignedByAnUnknownKeyIsRefused() throws Exception {
    refusedFor(Tweak.UNKNOWN_KEY, "ID_TOKEN_SIGNATURE", "n'est pas signée par le service");
  }

  @Test
  void aLoginBelowTheRequiredAuthenticationLevelIsRefused() throws Exception {
    // The scripted provider returns acr "eidas1"; scripted_mfa accepts only eidas2 or eidas3 (S3).
    TestEnvironment.scripted().nextLogin("api-operateur", Tweak.NONE);
    long before = Journal.maxSeq();
    WebClient web = new WebClient();
    HttpResponse<String> start = web.get(Ports.base() + "/auth/login?provider=scripted_mfa");
    HttpResponse<String> callback = web.get(WebClient.location(web.get(WebClient.location(start))));
    assertRefused(web, callback, "ACR_INSUFFICIENT", "authentification renforcée", before);
  }

  private void refusedFor(ScriptedProvider.Tweak tweak, String reason, String message)
      throws Exception {
    // api-operateur has an account: only the spoiled token may cause the refusal.
    TestEnvironment.scripted().nextLogin("api-operateur", tweak);
    long before = Journal.maxSeq();
    WebClient web = new WebClient();
    HttpResponse<String> callback = Logins.throughScriptedProvider(web);
    assertRefused(web, callback, reason, message, before);
    assertTrue(
        Journal.since(before).stream()
            .noneMatch(
                r ->
                    "SUCCESS".equals(r.outcome())
                        && "auth.login".equals(r.action())
                        && TestEnvironment.scripted().issuer().equals(r.actorIssuer())),
        "no successful login was recorded");
  }

  private static void assertRefused(
      WebClient web, HttpResponse<String> callback, String reason, String message, long before)
      throws Exception {
    assertEquals(302, callback.statusCode());
    assertEquals(Ports.base() + "/auth-error.xhtml?reason=" + reason, WebClient.location(callback));
    HttpResponse<String> page = web.follow(callback, 1);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(message), "a clear explanation: " + page.body());
    assertTrue(!page.body().contains("Exception") && !page.body().contains("at fr.relais"));
    assertEquals(401, web.get(Ports.base() + "/api/v1/me").statusCode(), "not signed in");
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(
                r ->
                    r.action().equals("auth.login")
                        && r.outcome().equals("FAILED")
                        && reason.equals(r.detail())),
        "the refusal is journaled with its reason");
  }
}
