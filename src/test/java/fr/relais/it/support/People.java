package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.util.HashMap;
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
}
