package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The procedure catalogue is data: seeded from the report, read by all, edited by the operator. */
class CatalogueIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1/catalogue/procedure-types";

  @Test
  void everySignedInUserReadsTheSeededCatalogue() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    HttpResponse<String> r = worker.get(API);
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("\"code\":\"VIOLENCES_CONJUGALES\""), r.body());
    assertTrue(r.body().contains("\"code\":\"DCEM\""));
    assertTrue(r.body().contains("\"victimsEntry\":true"));
    assertTrue(r.body().contains("\"channel\":\"PREFECTURE\""), "non-ANEF procedures too");
    assertEquals(401, new WebClient().get(API).statusCode());
    assertProblem(worker.get(API + "?includeInactive=true"), 403, null);
  }

  @Test
  void theOperatorRelabelsAndDeactivatesATypeAndBadEditsChangeNothing() throws Exception {
    WebClient operator = Logins.signedIn("operateur");
    long before = Journal.maxSeq();
    HttpResponse<String> relabel =
        operator.json(
            "PATCH", API + "/STAGIAIRE", Map.of("labelEn", "Trainee permit", "active", false));
    assertEquals(200, relabel.statusCode(), relabel.body());
    assertEquals(Boolean.FALSE, json(relabel).get("active"));
    assertFalse(operator.get(API).body().contains("\"code\":\"STAGIAIRE\""), "inactive: hidden");
    assertTrue(operator.get(API + "?includeInactive=true").body().contains("Trainee permit"));
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(r -> r.action().equals("catalogue.procedure-type.update")));

    assertProblem(
        operator.json("PATCH", API + "/STAGIAIRE", Map.of("labelFr", " ")), 400, "labelFr");
    assertProblem(
        operator.json("PATCH", API + "/STAGIAIRE", Map.of("labelFr", "x".repeat(201))),
        400,
        "labelFr");
    assertEquals(404, operator.json("PATCH", API + "/NOPE", Map.of("active", true)).statusCode());
    assertEquals(
        200, operator.json("PATCH", API + "/STAGIAIRE", Map.of("active", true)).statusCode());
    assertProblem(
        Logins.signedIn("admin.ccas").json("PATCH", API + "/STAGIAIRE", Map.of("active", false)),
        403,
        null);
  }
}
