package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/**
 * A change of a person's email address (E1): started by her structure, confirmed by a link sent to
 * the new address; and the addresses her structure flagged as not hers (S46).
 */
public final class EmailChanges {
  private EmailChanges() {}

  /** The person's email changes. */
  public static String of(String person) {
    return Ports.base() + "/api/v1/persons/" + person + "/email-changes";
  }

  /** The addresses flagged on the person's file. */
  public static String flags(String person) {
    return Ports.base() + "/api/v1/persons/" + person + "/flagged-addresses";
  }

  /** The status of a confirmation link's token, as anyone who opens the link is told it. */
  public static String lookup(String token) throws Exception {
    return (String)
        JSONObjectUtils.parse(
                new WebClient()
                    .get(Ports.base() + "/api/v1/email-links/confirmation?token=" + token)
                    .body())
            .get("status");
  }

  /** The person's contact card. */
  public static String contact(String person) {
    return Ports.base() + "/api/v1/persons/" + person + "/contact";
  }

  /** The structure sets the email address on the person's contact card. */
  public static void setEmail(WebClient worker, String person, String email) throws Exception {
    HttpResponse<String> r = worker.json("PUT", contact(person), Map.of("email", email));
    assertEquals(200, r.statusCode(), r.body());
  }

  /** The email address on the person's file, as the member is shown it. */
  @SuppressWarnings("unchecked")
  public static String emailOf(WebClient member, String person) throws Exception {
    Map<String, Object> file =
        JSONObjectUtils.parse(member.get(Ports.base() + "/api/v1/persons/" + person).body());
    return (String) ((Map<String, Object>) file.get("contact")).get("email");
  }

  /** Email changes recorded for the person, whatever their state. */
  public static long count(String person) throws Exception {
    return Rows.count("email_change", "person_id", UUID.fromString(person));
  }
}
