package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Logout ends the server session and continues at the provider's end-session endpoint (S4, S44).
 */
class LogoutIT extends RelaisIT {

  @Test
  void logoutEndsTheSessionAndRedirectsToTheProvider() throws Exception {
    WebClient web = Logins.signedIn("ts2.ccas");
    String host = "localhost:" + Ports.http();
    String session = web.cookie(host, "JSESSIONID").orElseThrow();
    String csrf = WebClient.inputValue(web.get(Ports.base() + "/app/home.xhtml").body(), "csrf");
    long before = Journal.maxSeq();

    HttpResponse<String> out = web.postForm(Ports.base() + "/auth/logout", Map.of("csrf", csrf));
    assertEquals(302, out.statusCode());
    String target = WebClient.location(out);
    assertTrue(target.startsWith(Ports.staffIssuer() + "/endsession"), target);
    Map<String, String> q = WebClient.query(target);
    assertTrue(q.get("id_token_hint").split("\\.").length == 3, "S4: id_token_hint");
    assertTrue(q.get("state").length() >= 32, "S4: state");
    assertEquals(Ports.base() + "/", q.get("post_logout_redirect_uri"), "S4");
    assertTrue(out.headers().firstValue("Clear-Site-Data").orElse("").contains("cookies"), "S44");

    WebClient stale = new WebClient();
    stale.setCookie(host, "JSESSIONID", session);
    assertEquals(401, stale.get(Ports.base() + "/api/v1/me").statusCode(), "old cookie is dead");
    HttpResponse<String> home = stale.get(Ports.base() + "/app/home.xhtml");
    assertEquals(302, home.statusCode(), "pages send an anonymous visitor to the start page");

    assertTrue(
        Journal.since(before).stream()
            .anyMatch(
                r -> r.action().equals("auth.logout") && "ts2.ccas".equals(r.actorSubject())));
  }

  @Test
  void logoutNeedsThePostedAntiForgeryToken() throws Exception {
    WebClient web = Logins.signedIn("ts1.asso");
    HttpResponse<String> forged =
        web.postForm(Ports.base() + "/auth/logout", Map.of("csrf", "not-the-token"));
    assertEquals(403, forged.statusCode());
    assertEquals(405, web.get(Ports.base() + "/auth/logout").statusCode());
    assertEquals(200, web.get(Ports.base() + "/api/v1/me").statusCode(), "still signed in");
  }
}
