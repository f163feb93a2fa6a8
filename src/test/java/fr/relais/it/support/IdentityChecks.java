package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Identity checks in person: a habilitated member looks at her document and records it. */
public final class IdentityChecks {
  private IdentityChecks() {}

  /**
   * A check of a Malian passport with this number, valid three more years, the protocol followed.
   */
  public static Map<String, Object> passport(String number) {
    Map<String, Object> c = new HashMap<>();
    c.put("documentType", "PASSPORT");
    c.put("issuingCountry", "ml");
    c.put("documentNumber", number.substring(0, 4) + " " + number.substring(4));
    c.put("expiresOn", LocalDate.now(ZoneId.of("Europe/Paris")).plusYears(3).toString());
    c.put("reason", "Premier accueil, passeport présenté");
    c.put("protocolFollowed", true);
    return c;
  }

  /**
   * Records a passport check of the person by {@code checker}, its number derived from {@code tag}.
   * ts1.ccas holds the identity-checker habilitation in the demonstration data.
   */
  public static void record(WebClient checker, String person, String tag) throws Exception {
    HttpResponse<String> r =
        checker.json(
            "POST",
            Ports.base() + "/api/v1/persons/" + person + "/identity/checks",
            passport("P" + tag.toUpperCase().replaceAll("[^A-Z0-9]", "7") + "9Z"));
    assertEquals(201, r.statusCode(), r.body());
  }
}
