package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;

/**
 * An accompanied person's own access to her file: a link her structure hands over, bound to the
 * first identity that signs in with it.
 */
public final class PersonAccess {
  private PersonAccess() {}

  /** Where the quick exit sends her: a neutral page. */
  public static final String QUICK_EXIT_URL = Ports.base() + "/index.xhtml?quitte";

  /** The person's access, as her structure manages it. */
  public static String url(String personId) {
    return Ports.base() + "/api/v1/persons/" + personId + "/access";
  }

  /** A fresh access link for the person, created by {@code member}. */
  public static String link(WebClient member, String personId) throws Exception {
    HttpResponse<String> r = member.json("POST", url(personId) + "/links", "");
    assertEquals(201, r.statusCode(), r.body());
    String link = (String) JSONObjectUtils.parse(r.body()).get("link");
    assertTrue(link.startsWith(Ports.base() + "/access.xhtml?token="), link);
    return link;
  }

  /** Opens the link in {@code web} and signs in as {@code username}; returns the callback. */
  public static HttpResponse<String> redeem(WebClient web, String link, String username)
      throws Exception {
    HttpResponse<String> page = web.get(link);
    assertEquals(200, page.statusCode());
    return Logins.throughStaffProvider(web, username);
  }

  /** The person's own session, opened with a link created by {@code member}. */
  public static WebClient signedIn(WebClient member, String personId, String username)
      throws Exception {
    WebClient web = new WebClient();
    HttpResponse<String> callback = redeem(web, link(member, personId), username);
    assertEquals(Ports.base() + "/app/my-file.xhtml", WebClient.location(callback));
    return web;
  }
}
