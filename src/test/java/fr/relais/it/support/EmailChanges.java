package fr.relais.it.support;

import com.nimbusds.jose.util.JSONObjectUtils;

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
}
