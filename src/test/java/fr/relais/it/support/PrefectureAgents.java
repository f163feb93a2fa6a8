package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prefecture agents, invited by the operator for some departments, who decide on the accreditation
 * of the structures there (A1).
 */
public final class PrefectureAgents {
  private PrefectureAgents() {}

  /** The operator's invitation link for an agent covering {@code departments}. */
  public static String invitation(WebClient operator, List<String> departments) throws Exception {
    HttpResponse<String> r =
        operator.json(
            "POST",
            Ports.base() + "/api/v1/prefecture-agents/invitations",
            Map.of("departments", departments));
    assertEquals(201, r.statusCode(), r.body());
    String link = (String) JSONObjectUtils.parse(r.body()).get("link");
    assertTrue(link.startsWith(Ports.base() + "/invitation.xhtml?token="), link);
    return link;
  }

  /** A new agent covering {@code departments}, signed in through their invitation. */
  public static WebClient newAgent(WebClient operator, String username, List<String> departments)
      throws Exception {
    String link = invitation(operator, departments);
    WebClient agent = new WebClient();
    assertEquals(200, agent.get(link).statusCode());
    HttpResponse<String> callback = Logins.throughStaffProvider(agent, username);
    assertEquals(Ports.base() + "/app/home.xhtml", WebClient.location(callback));
    return agent;
  }

  /** An agent's decision to accredit a structure in {@code departments}, for a year from today. */
  public static Map<String, Object> accredit(List<String> departments) {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    Map<String, Object> d = new HashMap<>();
    d.put("decision", "ACCREDIT");
    d.put("departments", departments);
    d.put("validFrom", today.toString());
    d.put("validUntil", today.plusYears(1).toString());
    return d;
  }
}
