package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Security headers on pages, API responses and errors; session cookie attributes (S5, S44). */
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
}
