package fr.relais.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The API called with an OpenID Connect access token instead of a session. */
public final class Bearer {
  private Bearer() {}

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** {@code GET /api/v1/me} with this token, or with no {@code Authorization} header if null. */
  public static HttpResponse<String> me(String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Ports.base() + "/api/v1/me"));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
