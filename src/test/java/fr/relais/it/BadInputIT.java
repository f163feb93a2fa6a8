package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Bearer;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Ports;
import fr.relais.it.support.TestEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input on a write endpoint gets a clear problem document and changes nothing (S71): malformed
 * JSON, wrong types, unknown values, oversize bodies, the wrong media type.
 */
class BadInputIT extends RelaisIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private String token;

  @BeforeEach
  void token() {
    token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
  }

  private HttpResponse<String> put(String contentType, HttpRequest.BodyPublisher body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(Ports.base() + "/api/v1/me/preferences"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .PUT(body)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> put(String json) throws Exception {
    return put("application/json", HttpRequest.BodyPublishers.ofString(json));
  }

  private String locale() throws Exception {
    return (String) json(Bearer.me(token)).get("locale");
  }

  @Test
  void aValidChangeIsAppliedAndJournaled() throws Exception {
    long before = Journal.maxSeq();
    HttpResponse<String> r = put("{\"locale\":\"en\"}");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("en", locale());
    assertEquals(200, put("{\"locale\":\"fr\"}").statusCode());
    assertEquals("fr", locale());
    assertEquals(
        2,
        Journal.since(before).stream()
            .filter(x -> x.action().equals("account.preferences.update"))
            .filter(x -> "api-operateur".equals(x.actorSubject()))
            .count());
  }

  @Test
  void malformedJsonIsA400ProblemAndChangesNothing() throws Exception {
    assertNothingChanges(() -> assertProblem(put("{\"locale\": \"en\""), 400, null));
  }

  @Test
  void aWrongTypeIsA400Problem() throws Exception {
    assertNothingChanges(() -> assertProblem(put("{\"locale\": {\"value\": \"en\"}}"), 400, null));
    assertNothingChanges(() -> assertProblem(put("[\"en\"]"), 400, null));
  }

  @Test
  void anUnknownValueNamesTheFieldAndTheReason() throws Exception {
    assertNothingChanges(
        () -> {
          Map<String, Object> p = assertProblem(put("{\"locale\":\"de\"}"), 400, "locale");
          assertTrue(p.get("errors").toString().contains("fr, en"), p.toString());
        });
    assertNothingChanges(() -> assertProblem(put("{}"), 400, "locale"));
  }

  @Test
  void anOversizeBodyIs413() throws Exception {
    String huge = "{\"locale\":\"en\",\"padding\":\"" + "x".repeat(200_000) + "\"}";
    assertNothingChanges(() -> assertProblem(put(huge), 413, null));
    // Same body without a declared length (chunked): cut off while reading.
    assertNothingChanges(
        () ->
            assertProblem(
                put(
                    "application/json",
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes()))),
                413,
                null));
  }

  @Test
  void anotherMediaTypeIs415() throws Exception {
    assertNothingChanges(
        () ->
            assertProblem(
                put("text/plain", HttpRequest.BodyPublishers.ofString("locale=en")), 415, null));
  }

  private Map<String, Object> assertProblem(HttpResponse<String> r, int status, String field)
      throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
    assertFalse(r.body().contains("Exception"), "no stack trace: " + r.body());
    assertFalse(r.body().contains("at fr.relais"), "no stack trace: " + r.body());
    Map<String, Object> p = json(r);
    assertEquals((long) status, ((Number) p.get("status")).longValue());
    assertTrue(p.get("title") instanceof String);
    if (field != null) {
      List<?> errors = (List<?>) p.get("errors");
      assertTrue(
          errors.toString().contains("field=" + field)
              || errors.toString().contains("\"field\":\"" + field),
          p.toString());
    }
    return p;
  }

  interface Check {
    void run() throws Exception;
  }

  private void assertNothingChanges(Check check) throws Exception {
    String localeBefore = locale();
    long before = Journal.maxSeq();
    check.run();
    assertEquals(localeBefore, locale(), "nothing changed");
    assertTrue(
        Journal.since(before).stream()
            .noneMatch(
                r ->
                    r.action().equals("account.preferences.update")
                        && "api-operateur".equals(r.actorSubject())),
        "no change journaled");
  }
}
