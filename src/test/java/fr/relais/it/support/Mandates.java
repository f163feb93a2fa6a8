package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Mandates (B1-B3), created and activated through the API as a member would. */
public final class Mandates {
  private Mandates() {}

  /** A mandate's body: on consent, from {@code from} to {@code to}, for these scopes. */
  public static Map<String, Object> body(LocalDate from, LocalDate to, List<String> scopes) {
    Map<String, Object> m = new HashMap<>();
    m.put("legalBasis", "CONSENT");
    m.put("startsOn", from.toString());
    m.put("endsOn", to.toString());
    m.put("scopes", scopes);
    return m;
  }

  /** The person's mandates. */
  public static String of(String personId) {
    return Ports.base() + "/api/v1/persons/" + personId + "/mandates";
  }

  /** One mandate. */
  public static String url(String mandateId) {
    return Ports.base() + "/api/v1/mandates/" + mandateId;
  }

  /**
   * Asks whether {@code w} may act for the person in the procedure {@code code} now: 200 with the
   * mandate that allows it, or a refusal.
   */
  public static HttpResponse<String> onBehalfCheck(WebClient w, String personId, String code)
      throws Exception {
    return w.json("POST", of(personId) + "/on-behalf-checks", Map.of("procedureCode", code));
  }

  /** Attaches {@code body}, of this content type, as the mandate's signed evidence. */
  public static HttpResponse<String> upload(WebClient w, String mandateId, String type, byte[] body)
      throws Exception {
    return w.send(
        HttpRequest.newBuilder(URI.create(url(mandateId) + "/evidence"))
            .header("Content-Type", type)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /**
   * Creates a mandate and attaches its own generated PDF as the "signed" scan; returns the active
   * mandate as the API gives it.
   */
  public static Map<String, Object> active(
      WebClient worker, String personId, LocalDate from, LocalDate to, List<String> scopes)
      throws Exception {
    HttpResponse<String> created = worker.json("POST", of(personId), body(from, to, scopes));
    assertEquals(201, created.statusCode(), created.body());
    String id = (String) JSONObjectUtils.parse(created.body()).get("id");
    byte[] pdf = Downloads.bytes(worker, url(id) + "/consent-document").body();
    HttpResponse<String> activated = upload(worker, id, "application/pdf", pdf);
    assertEquals(200, activated.statusCode(), activated.body());
    return JSONObjectUtils.parse(activated.body());
  }
}
