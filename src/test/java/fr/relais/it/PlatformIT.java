package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Ports;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the health endpoints. */
class PlatformIT extends RelaisIT {

  @Test
  void theOpenApiDocumentDescribesTheApi() throws Exception {
    HttpResponse<String> r = new WebClient().get(Ports.base() + "/openapi?format=JSON");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("\"/api/v1/me\""), r.body());
    assertTrue(r.body().contains("\"/api/v1/me/preferences\""));
    assertTrue(r.body().contains("\"/api/v1/journal/verification\""));
    assertTrue(r.body().contains("\"/api/v1/accreditation-requests\""));
    assertTrue(r.body().contains("\"/api/v1/prefecture-agents/{accountId}/departments\""));
    assertTrue(r.body().contains("Relais API"));
  }

  @Test
  void readinessChecksTheDatabase() throws Exception {
    int management = Integer.getInteger("relais.test.management.port", 19990);
    HttpResponse<String> ready =
        new WebClient().get("http://127.0.0.1:" + management + "/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"name\":\"database\",\"status\":\"UP\""), ready.body());
    HttpResponse<String> live =
        new WebClient().get("http://127.0.0.1:" + management + "/health/live");
    assertEquals(200, live.statusCode());
    assertTrue(live.body().contains("\"status\":\"UP\""));
  }
}
