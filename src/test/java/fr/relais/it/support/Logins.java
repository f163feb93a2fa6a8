package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

/** Signing in over plain HTTP, hop by hop, as a browser would. */
public final class Logins {
  private Logins() {}

  /** A login name no earlier test used: {@code prefix}, a dot and eight random characters. */
  public static String uniqueName(String prefix) {
    return prefix + "." + java.util.UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * One login through the local provider's own login form; returns the response of the callback.
   */
  public static HttpResponse<String> throughStaffProvider(WebClient web, String username)
      throws Exception {
    return throughStaffProvider(web, username, "/auth/login?provider=staff");
  }

  /**
   * A login started from the accreditation request page (the intent rides on the login start);
   * returns the response of the callback.
   */
  public static HttpResponse<String> applyingThroughStaffProvider(WebClient web, String username)
      throws Exception {
    return throughStaffProvider(
        web, username, "/auth/login?provider=staff&intent=accreditation-request");
  }

  /** A login whose ID token carries the given claims (for example a verified email). */
  public static HttpResponse<String> throughStaffProviderWithClaims(
      WebClient web, String username, String claimsJson) throws Exception {
    HttpResponse<String> start = web.get(Ports.base() + "/auth/login?provider=staff");
    String authorize = WebClient.location(start);
    web.get(authorize);
    HttpResponse<String> posted =
        web.postForm(authorize, Map.of("username", username, "claims", claimsJson));
    assertEquals(302, posted.statusCode(), "the provider redirects back after login");
    return web.get(WebClient.location(posted));
  }

  /**
   * Signs in again to confirm a sensitive action (S6): the login asks the provider for a new
   * authentication ({@code prompt=login}, {@code max_age=0}) and returns to {@code returnPath}.
   * {@code claimsJson} may claim an old {@code auth_time}, as a provider that ignores the prompt
   * would. Returns the callback's response.
   */
  public static HttpResponse<String> again(
      WebClient web, String username, String returnPath, String claimsJson) throws Exception {
    HttpResponse<String> start =
        web.get(
            Ports.base()
                + "/auth/login?provider=staff&prompt=login&return="
                + java.net.URLEncoder.encode(returnPath, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(302, start.statusCode(), "login start redirects to the provider");
    String authorize = WebClient.location(start);
    assertTrue(authorize.contains("prompt=login"), authorize);
    assertTrue(authorize.contains("max_age=0"), authorize);
    web.get(authorize);
    HttpResponse<String> posted =
        web.postForm(authorize, Map.of("username", username, "claims", claimsJson));
    assertEquals(302, posted.statusCode(), "the provider redirects back after login");
    return web.get(WebClient.location(posted));
  }

  /**
   * A member whose provider session dates from an hour ago: the ID token's {@code auth_time} says
   * so. Such a session is not fresh for a sensitive action (S6).
   */
  public static WebClient signedInAnHourAgo(String username) throws Exception {
    WebClient web = new WebClient();
    long hourAgo = java.time.Instant.now().minusSeconds(3600).getEpochSecond();
    HttpResponse<String> callback =
        throughStaffProviderWithClaims(web, username, "{\"auth_time\":" + hourAgo + "}");
    assertEquals(Ports.base() + "/app/home.xhtml", WebClient.location(callback));
    return web;
  }

  private static HttpResponse<String> throughStaffProvider(
      WebClient web, String username, String loginPath) throws Exception {
    HttpResponse<String> start = web.get(Ports.base() + loginPath);
    assertEquals(302, start.statusCode(), "login start redirects to the provider");
    String authorize = WebClient.location(start);
    HttpResponse<String> form = web.get(authorize);
    assertEquals(200, form.statusCode(), "the provider shows its login page");
    assertTrue(form.body().contains("name=\"username\""), "login form");
    HttpResponse<String> posted =
        web.postForm(authorize, Map.of("username", username, "claims", "{}"));
    assertEquals(302, posted.statusCode(), "the provider redirects back after login");
    return web.get(WebClient.location(posted));
  }

  /** A complete login through the local provider that must land on the home page. */
  public static WebClient signedIn(String username) throws Exception {
    WebClient web = new WebClient();
    HttpResponse<String> callback = throughStaffProvider(web, username);
    assertEquals(302, callback.statusCode());
    assertEquals(Ports.base() + "/app/home.xhtml", WebClient.location(callback));
    return web;
  }

  /** A login through the scripted provider (which logs in whoever was queued). */
  public static HttpResponse<String> throughScriptedProvider(WebClient web) throws Exception {
    HttpResponse<String> start = web.get(Ports.base() + "/auth/login?provider=scripted");
    assertEquals(302, start.statusCode());
    HttpResponse<String> authorized = web.get(WebClient.location(start));
    assertEquals(302, authorized.statusCode(), "the scripted provider answers at once");
    return web.get(WebClient.location(authorized));
  }
}
