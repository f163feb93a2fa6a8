package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/** The API's refusals, as problem documents ({@code application/problem+json}). */
public final class Problems {
  private Problems() {}

  /**
   * Asserts that {@code r} is a problem document with this status and, when {@code field} is not
   * null, that it names this field.
   */
  public static void assertProblem(HttpResponse<String> r, int status, String field)
      throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals(
        "application/problem+json",
        r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    if (field != null) {
      assertTrue(r.body().contains("\"field\":\"" + field + "\""), r.body());
    }
  }
}
