package fr.relais.interfaces.rest;

import fr.relais.application.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 9457 problem documents: the one shape every API error takes (S71). Never carries a stack
 * trace or the submitted values, only the field and the reason.
 */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://relais.invalid/problems/";

  private Problems() {}

  public static JsonObject of(
      int status,
      String type,
      String title,
      String requestId,
      List<InvalidInputException.Violation> violations) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("type", TYPE_BASE + type)
            .add("title", title)
            .add("status", status);
    if (requestId != null) {
      b.add("requestId", requestId);
    }
    if (violations != null && !violations.isEmpty()) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      for (InvalidInputException.Violation v : violations) {
        errors.add(Json.createObjectBuilder().add("field", v.field()).add("reason", v.reason()));
      }
      b.add("errors", errors);
    }
    return b.build();
  }

  /** Writes a problem straight to a servlet response (for filters, before JAX-RS). */
  public static void write(
      HttpServletResponse res, int status, String type, String title, String requestId)
      throws IOException {
    res.setStatus(status);
    res.setContentType(MEDIA_TYPE);
    byte[] body =
        of(status, type, title, requestId, null).toString().getBytes(StandardCharsets.UTF_8);
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}
