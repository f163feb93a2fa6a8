package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Logins;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.WebClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Security headers on pages, API responses and errors; session cookie attributes (S5, S44); one
 * origin rule for every write, pages and API alike (ASVS 3.5.1, 3.5.3; S5, S10).
 */
class SecurityHeadersIT extends RelaisIT {

  private static void assertCommonHeaders(HttpResponse<?> r) {
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
    assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertFalse(csp.matches(".*script-src[^;]*'unsafe-inline'.*"), "no inline scripts: " + csp);
    assertTrue(r.headers().firstValue("X-Request-Id").isPresent());
  }

  @Test
  void pagesCarryANonceBasedPolicyAndAreNotCached() throws Exception {
    HttpResponse<String> page = new WebClient().get(Ports.base() + "/");
    assertEquals(200, page.statusCode());
    assertCommonHeaders(page);
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), csp);
    String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "scripts carry the nonce");
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void authenticatedPagesAreNotCached() throws Exception {
    WebClient web = Logins.signedIn("admin.asso");
    HttpResponse<String> home = web.get(Ports.base() + "/app/home.xhtml");
    assertEquals(200, home.statusCode());
    assertCommonHeaders(home);
    assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""), "S44");
  }

  @Test
  void apiResponsesAndErrorsCarryAStrictPolicy() throws Exception {
    HttpResponse<String> r = new WebClient().get(Ports.base() + "/api/v1/me");
    assertEquals(401, r.statusCode());
    assertCommonHeaders(r);
    assertTrue(
        r.headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .startsWith("default-src 'none'"));
    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    HttpResponse<String> missing = new WebClient().get(Ports.base() + "/api/v1/nothing-here");
    assertEquals(404, missing.statusCode());
    assertCommonHeaders(missing);
    assertEquals(
        "application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void theSessionCookieIsHttpOnlySecureAndSameSite() throws Exception {
    HttpResponse<String> r = new WebClient().get(Ports.base() + "/auth/login?provider=staff");
    String cookie =
        WebClient.setCookieHeaders(r).stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    // Attribute names are case-insensitive (RFC 6265).
    String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
    assertTrue(attributes.contains("; httponly"), cookie);
    assertTrue(attributes.contains("; secure"), cookie);
    assertTrue(attributes.contains("; samesite=lax"), cookie);
  }

  /** What a browser sends with a write from somewhere else than Relais's own pages. */
  private static List<Map<String, String>> foreignWrites() {
    String sibling = "http://autre.localhost:" + Ports.http();
    return List.of(
        Map.of("Origin", "https://ailleurs.example"),
        Map.of("Origin", "https://ailleurs.example", "Sec-Fetch-Site", "cross-site"),
        Map.of("Origin", sibling, "Sec-Fetch-Site", "same-site"),
        Map.of("Origin", "http://127.0.0.1:" + Ports.http()),
        Map.of("Origin", "null"),
        Map.of("Origin", "null", "Sec-Fetch-Site", "cross-site"),
        Map.of("Origin", "null", "Sec-Fetch-Site", "same-site"),
        Map.of("Sec-Fetch-Site", "cross-site"),
        Map.of("Sec-Fetch-Site", "same-site"));
  }

  /**
   * A note written through the file's Faces form, with the view state the page handed out: posted
   * from another site's page it is refused (403) and nothing is written; from Relais's own page it
   * is written.
   */
  @Test
  void aFacesFormPostedFromElsewhereIsRefusedAndWritesNothing() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String text = "Note du formulaire " + UUID.randomUUID();
    WebClient.FacesForm form =
        WebClient.facesForm(
                worker.get(Ports.base() + "/app/person.xhtml?id=" + person), "note-form")
            .with("note-form:text", text)
            .with("note-form:save-note", "");
    assertTrue(form.fields().containsKey("jakarta.faces.ViewState"), form.fields().toString());

    for (Map<String, String> headers : foreignWrites()) {
      HttpResponse<String> r = worker.postForm(form.action(), form.fields(), headers);
      assertEquals(403, r.statusCode(), headers + ": " + r.body());
      assertTrue(
          r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
          "a plain page for the pages");
      assertTrue(r.body().contains("Requête refusée"), r.body());
      assertCommonHeaders(r);
      assertRefusalLogged(r);
      assertEquals(0, notesOf(worker, person, text), headers + ": nothing written");
    }

    // From Relais's own page, as a browser sends it: written once.
    HttpResponse<String> ours =
        worker.postForm(
            form.action(),
            form.fields(),
            Map.of("Origin", Ports.base(), "Sec-Fetch-Site", "same-origin"));
    assertTrue(ours.statusCode() < 400, ours.statusCode() + " " + ours.body());
    assertEquals(1, notesOf(worker, person, text));
    // What Chromium sends from Relais's own page under Referrer-Policy: no-referrer (Origin: null),
    // and a browser that sends only Sec-Fetch-Site: written too.
    List<Map<String, String>> ownPage =
        List.of(
            Map.of("Origin", "null", "Sec-Fetch-Site", "same-origin"),
            Map.of("Sec-Fetch-Site", "same-origin"));
    for (int i = 0; i < ownPage.size(); i++) {
      String again = text + " " + i;
      WebClient.FacesForm form2 =
          WebClient.facesForm(
                  worker.get(Ports.base() + "/app/person.xhtml?id=" + person), "note-form")
              .with("note-form:text", again)
              .with("note-form:save-note", "");
      HttpResponse<String> r = worker.postForm(form2.action(), form2.fields(), ownPage.get(i));
      assertTrue(r.statusCode() < 400, ownPage.get(i) + ": " + r.statusCode() + " " + r.body());
      assertEquals(1, notesOf(worker, person, again), ownPage.get(i).toString());
    }
  }

  /**
   * The API follows the same rule: a session-authenticated write from elsewhere is refused as a
   * problem (403), also when the browser sends no {@code Origin} but says {@code cross-site};
   * clients that send neither header (a bearer token, curl) and Relais's own pages go on.
   */
  @Test
  void theApiRefusesWritesFromElsewhereWithOrWithoutOrigin() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String notes = Ports.base() + "/api/v1/persons/" + person + "/notes";
    String text = "Note de l'API " + UUID.randomUUID();
    for (Map<String, String> headers : foreignWrites()) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(notes))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}"));
      headers.forEach(b::header);
      HttpResponse<String> r = worker.send(b);
      assertProblem(r, 403, null);
      assertTrue(r.body().contains("/problems/forbidden"), r.body());
      assertRefusalLogged(r);
      assertEquals(0, notesOf(worker, person, text), headers + ": nothing written");
    }
    HttpRequest.Builder ours =
        HttpRequest.newBuilder(URI.create(notes))
            .header("Content-Type", "application/json")
            .header("Origin", Ports.base())
            .header("Sec-Fetch-Site", "same-origin")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}"));
    assertEquals(201, worker.send(ours).statusCode());
    assertEquals(201, worker.json("POST", notes, Map.of("text", text)).statusCode());
    assertEquals(2, notesOf(worker, person, text));
  }

  /** Signing out is a write too: from another site it is refused and the session goes on. */
  @Test
  void aSignOutPostedFromElsewhereIsRefused() throws Exception {
    WebClient web = Logins.signedIn("admin.asso");
    String csrf = WebClient.inputValue(web.get(Ports.base() + "/app/home.xhtml").body(), "csrf");
    HttpResponse<String> out =
        web.postForm(
            Ports.base() + "/auth/logout",
            Map.of("csrf", csrf),
            Map.of("Origin", "https://ailleurs.example"));
    assertEquals(403, out.statusCode());
    assertEquals(200, web.get(Ports.base() + "/api/v1/me").statusCode(), "still signed in");
    HttpResponse<String> mine =
        web.postForm(
            Ports.base() + "/auth/logout", Map.of("csrf", csrf), Map.of("Origin", Ports.base()));
    assertEquals(302, mine.statusCode());
    assertEquals(401, web.get(Ports.base() + "/api/v1/me").statusCode());
  }

  private static long notesOf(WebClient worker, String person, String text) throws Exception {
    HttpResponse<String> r =
        worker.get(Ports.base() + "/api/v1/persons/" + person + "/notes?limit=100");
    assertEquals(200, r.statusCode(), r.body());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) json(r).get("items");
    return items.stream().filter(n -> text.equals(n.get("text"))).count();
  }

  /** The refusal is in the server log under the request id the answer carries. */
  private static void assertRefusalLogged(HttpResponse<String> r) throws Exception {
    String id = r.headers().firstValue("X-Request-Id").orElseThrow();
    Path log = Path.of(System.getProperty("relais.server.dir"), "standalone/log/server.log");
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!Files.readString(log).contains("request " + id)) {
      assertTrue(System.nanoTime() < deadline, "refusal " + id + " logged");
      Thread.sleep(100);
    }
    assertTrue(
        Files.readAllLines(log).stream()
            .anyMatch(l -> l.contains("Cross-origin request refused") && l.contains(id)));
  }
}
