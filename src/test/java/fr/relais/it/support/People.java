package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Accompanied people, recorded through the API as a member of their structure would. */
public final class People {
  private People() {}

  /**
   * A new person of the CCAS on the worker's caseload, so that no demonstration mandate can answer
   * for them; returns the person's id.
   */
  public static String onCaseload(WebClient worker) throws Exception {
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Mandat");
    p.put("firstNames", "Essai " + UUID.randomUUID().toString().substring(0, 8));
    p.put("birthDate", "1988-05-17");
    p.put("confirmDuplicate", true);
    HttpResponse<String> created =
        worker.json("POST", Ports.base() + "/api/v1/structures/" + Structures.CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    return (String) JSONObjectUtils.parse(created.body()).get("id");
  }

  /**
   * Six digits derived from {@code tag} (each letter by its code), for a phone number a test makes
   * its own.
   */
  public static String phoneDigits(String tag) {
    StringBuilder d = new StringBuilder();
    for (char c : tag.toCharArray()) {
      d.append(Character.isDigit(c) ? c : (char) ('0' + (c % 10)));
    }
    return d.substring(0, 6);
  }

  /**
   * A new person on the worker's caseload, under an active six-month mandate for a change of
   * address, her identity checked today by the worker ({@link IdentityChecks#record}, its number
   * derived from {@code tag}); returns the person's id.
   */
  public static String verifiedWithMandate(WebClient worker, String tag) throws Exception {
    String person = onCaseload(worker);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    Mandates.active(worker, person, today, today.plusMonths(6), List.of("CHANGEMENT_ADRESSE"));
    IdentityChecks.record(worker, person, tag);
    return person;
  }
}
