package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

/** The API's contract as the running server serves it at {@code /openapi}. */
public final class OpenApi {
  private OpenApi() {}

  /** The served document, JSON. */
  public static String document() throws Exception {
    HttpResponse<String> r = new WebClient().get(Ports.base() + "/openapi?format=JSON");
    assertEquals(200, r.statusCode());
    return r.body();
  }
}
