package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.util.Map;

/** New members of a structure, through a real invitation and a real login. */
public final class Members {
  private Members() {}

  /** The account id of the member signed in on {@code member}, as {@code /api/v1/me} gives it. */
  public static String accountId(WebClient member) throws Exception {
    return (String)
        JSONObjectUtils.parse(member.get(Ports.base() + "/api/v1/me").body()).get("accountId");
  }

  /**
   * Invites a member with this role (and the <em>protected cases</em> habilitation or not), has
   * {@code username} accept the invitation by signing in, and returns the new account's id.
   */
  public static String join(
      WebClient admin, String structure, String role, boolean protectedCases, String username)
      throws Exception {
    String api = Ports.base() + "/api/v1";
    HttpResponse<String> inv =
        admin.json(
            "POST",
            api + "/structures/" + structure + "/invitations",
            Map.of("role", role, "protectedCases", protectedCases));
    assertEquals(201, inv.statusCode(), inv.body());
    WebClient web = new WebClient();
    web.get((String) JSONObjectUtils.parse(inv.body()).get("link"));
    Logins.throughStaffProvider(web, username);
    return accountId(web);
  }

  /**
   * Has {@code username} join the structure as a volunteer and makes her file followed by the
   * worker and that volunteer; returns the volunteer's account id.
   */
  public static String volunteerAlongside(
      WebClient admin, WebClient worker, String structure, String person, String username)
      throws Exception {
    String api = Ports.base() + "/api/v1";
    String volunteer = join(admin, structure, "VOLUNTEER", false, username);
    String workerId = accountId(worker);
    HttpResponse<String> assigned =
        admin.json(
            "PUT",
            api + "/persons/" + person + "/assignments",
            Map.of("accountIds", java.util.List.of(workerId, volunteer)));
    assertEquals(200, assigned.statusCode(), assigned.body());
    return volunteer;
  }
}
