package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.ScriptedProvider;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Authorization Code flow with PKCE against a real provider over HTTP (H1, S1, S2, S5, S51):
 * what the redirect carries, the code exchange, a new session id, userinfo, and the journal.
 */
@org.junit.jupiter.api.parallel.ResourceLock(fr.relais.it.support.ScriptedProvider.LOGIN_QUEUE)
class LoginFlowIT extends RelaisIT {

  @Test
  void redirectCarriesPkceStateAndNonceAndLoginRenewsTheSessionId() throws Exception {
    WebClient web = new WebClient();
    web.get(Ports.base() + "/"); // a session cookie before login, as a browser would have
    String host = "localhost:" + Ports.http();
    long before = Journal.maxSeq();

    HttpResponse<String> start = web.get(Ports.base() + "/auth/login?provider=staff");
    assertEquals(302, start.statusCode());
    String preLoginSession = web.cookie(host, "JSESSIONID").orElseThrow();
    Map<String, String> q = WebClient.query(WebClient.location(start));
    assertTrue(WebClient.location(start).startsWith(Ports.staffIssuer() + "/authorize"));
    assertEquals("code", q.get("response_type"));
    assertEquals("relais", q.get("client_id"));
    assertEquals(Ports.base() + "/auth/callback", q.get("redirect_uri"));
    assertTrue(q.get("scope").contains("openid"));
    assertEquals("S256", q.get("code_challenge_method"), "S2: PKCE S256");
    assertEquals(43, q.get("code_challenge").length(), "base64url SHA-256");
    assertTrue(q.get("state").length() >= 32, "S2: state of at least 32 characters");
    assertTrue(q.get("nonce").length() >= 32, "S2: nonce of at least 32 characters");
    assertNotEquals(q.get("state"), q.get("nonce"));

    HttpResponse<String> form = web.get(WebClient.location(start));
    HttpResponse<String> back =
        web.postForm(WebClient.location(start), Map.of("username", "admin.ccas", "claims", "{}"));
    assertEquals(302, back.statusCode());
    assertTrue(WebClient.location(back).startsWith(Ports.base() + "/auth/callback?"));
    assertEquals(200, form.statusCode());

    HttpResponse<String> callback = web.get(WebClient.location(back));
    assertEquals(302, callback.statusCode());
    assertEquals(Ports.base() + "/app/home.xhtml", WebClient.location(callback));
    String signedInSession = web.cookie(host, "JSESSIONID").orElseThrow();
    assertNotEquals(preLoginSession, signedInSession, "S5: a new session id at login");

    HttpResponse<String> home = web.get(Ports.base() + "/app/home.xhtml");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("Nadia Haddad"), "the home page names the user");
    assertTrue(home.body().contains("CCAS de Villeneuve-sur-Lot"), "and their structure");

    Map<String, Object> me = json(web.get(Ports.base() + "/api/v1/me"));
    assertEquals("STRUCTURE_ADMINISTRATOR", me.get("role"));
    assertEquals("session", me.get("authenticationMethod"));

    // The callback's own entry (other classes sign in at the same time).
    String callbackRequest = callback.headers().firstValue("X-Request-Id").orElseThrow();
    List<Journal.Row> rows = Journal.since(before);
    Journal.Row login =
        rows.stream()
            .filter(r -> r.action().equals("auth.login"))
            .filter(r -> callbackRequest.equals(r.requestId()))
            .findFirst()
            .orElseThrow();
    assertEquals("SUCCESS", login.outcome());
    assertEquals(Ports.staffIssuer(), login.actorIssuer(), "S1: identified by issuer");
    assertEquals("admin.ccas", login.actorSubject(), "and subject");
    assertNotNull(login.requestId());
    assertEquals("127.0.0.1", login.clientAddress());
  }

  @Test
  void theOldSessionIdIsNotSignedIn() throws Exception {
    WebClient web = new WebClient();
    String host = "localhost:" + Ports.http();
    web.get(Ports.base() + "/auth/login?provider=staff");
    String preLogin = web.cookie(host, "JSESSIONID").orElseThrow();
    WebClient signedIn = Logins.signedIn("ts1.ccas");
    assertEquals(200, signedIn.get(Ports.base() + "/api/v1/me").statusCode());
    WebClient fixation = new WebClient();
    fixation.setCookie(host, "JSESSIONID", preLogin);
    assertEquals(401, fixation.get(Ports.base() + "/api/v1/me").statusCode());
  }

  @Test
  void userinfoIsFetchedForTheSameSubject() throws Exception {
    ScriptedProvider provider = TestEnvironment.scripted();
    int calls = provider.userInfoCalls();
    provider.nextLogin("api-operateur", ScriptedProvider.Tweak.NONE);
    WebClient web = new WebClient();
    HttpResponse<String> callback = Logins.throughScriptedProvider(web);
    assertEquals(Ports.base() + "/app/home.xhtml", WebClient.location(callback));
    assertEquals(calls + 1, provider.userInfoCalls(), "userinfo was called once for this login");
    Map<String, Object> me = json(web.get(Ports.base() + "/api/v1/me"));
    assertEquals("PLATFORM_OPERATOR", me.get("role"));
  }

  @Test
  void aSignedUserinfoAnswerIsAccepted() throws Exception {
    ScriptedProvider provider = TestEnvironment.scripted();
    provider.signUserInfo(true);
    try {
      provider.nextLogin("api-operateur", ScriptedProvider.Tweak.NONE);
      WebClient web = new WebClient();
      HttpResponse<String> callback = Logins.throughScriptedProvider(web);
      assertEquals(Ports.base() + "/app/home.xhtml", WebClient.location(callback));
    } finally {
      provider.signUserInfo(false);
    }
  }

  @Test
  void anIdentityWithoutAccountGetsAPlainNotAuthorisedPage() throws Exception {
    long before = Journal.maxSeq();
    TestEnvironment.scripted().nextLogin("personne-inconnue", ScriptedProvider.Tweak.NONE);
    WebClient web = new WebClient();
    HttpResponse<String> callback = Logins.throughScriptedProvider(web);
    assertEquals(302, callback.statusCode());
    assertEquals(
        Ports.base() + "/not-authorised.xhtml?reason=NO_ACCOUNT", WebClient.location(callback));
    HttpResponse<String> page = web.follow(callback, 1);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("aucun compte Relais actif"), page.body());
    assertEquals(401, web.get(Ports.base() + "/api/v1/me").statusCode());
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(
                r ->
                    r.action().equals("auth.login")
                        && r.outcome().equals("REFUSED")
                        && "NO_ACCOUNT".equals(r.detail())
                        && "personne-inconnue".equals(r.actorSubject())));
    assertFalse(page.body().contains("Exception"));
  }
}
