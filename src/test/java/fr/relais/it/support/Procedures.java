package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.util.Map;

/** Procedures tracked for a person, created and moved on through the API as a member would. */
public final class Procedures {
  private Procedures() {}

  /** The person's procedures. */
  public static String of(String person) {
    return Ports.base() + "/api/v1/persons/" + person + "/procedures";
  }

  /** A procedure's actions (file, rectify, record a decision, ...). */
  public static String actions(String procedure) {
    return Ports.base() + "/api/v1/procedures/" + procedure + "/actions";
  }

  /** Creates a procedure for the person from {@code body}; returns it as the API gives it. */
  public static Map<String, Object> created(WebClient w, String person, Map<String, Object> body)
      throws Exception {
    HttpResponse<String> r = w.json("POST", of(person), body);
    assertEquals(201, r.statusCode(), r.body());
    return JSONObjectUtils.parse(r.body());
  }

  /** Takes the action {@code body} on the procedure; returns the procedure as the API gives it. */
  public static Map<String, Object> act(WebClient w, String procedure, Map<String, Object> body)
      throws Exception {
    HttpResponse<String> r = w.json("POST", actions(procedure), body);
    assertEquals(200, r.statusCode(), r.body());
    return JSONObjectUtils.parse(r.body());
  }

  /** Records an attestation on the procedure; returns the answer, whatever its status. */
  public static HttpResponse<String> attest(WebClient w, String procedure, Map<String, Object> body)
      throws Exception {
    return w.json("POST", Ports.base() + "/api/v1/procedures/" + procedure + "/attestations", body);
  }
}
