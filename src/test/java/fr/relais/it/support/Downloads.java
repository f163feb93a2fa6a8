package fr.relais.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Binary downloads (documents, archives) in a signed-in member's session. */
public final class Downloads {
  private Downloads() {}

  /** GETs {@code url} with the session of {@code w} and returns the body as bytes. */
  public static HttpResponse<byte[]> bytes(WebClient w, String url) throws Exception {
    String cookie = w.cookie("localhost:" + Ports.http(), "JSESSIONID").orElseThrow();
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + cookie)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
