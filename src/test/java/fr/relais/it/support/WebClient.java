package fr.relais.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for black-box tests: it never follows redirects by itself (tests look
 * at each hop), and keeps cookies per host by hand, ignoring the {@code Secure} flag because the
 * test server speaks plain HTTP on loopback. Cookie attributes are asserted separately.
 */
@SuppressWarnings("unchecked")
public final class WebClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

  public HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  public HttpResponse<String> postForm(String url, Map<String, String> form)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
  }

  /** Posts a form with extra request headers (an {@code Origin}, a {@code Sec-Fetch-Site}). */
  public HttpResponse<String> postForm(
      String url, Map<String, String> form, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    headers.forEach(b::header);
    return send(b);
  }

  /**
   * A Faces form of a page as a browser submits it: the absolute URL it posts to and its hidden
   * fields (the form's own marker and the view state the server handed out with the page); a test
   * adds what it types and the button it presses.
   */
  public record FacesForm(String action, Map<String, String> fields) {
    public FacesForm with(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(fields);
      more.put(name, value);
      return new FacesForm(action, more);
    }
  }

  /** The form {@code formId} of a Faces page. */
  public static FacesForm facesForm(HttpResponse<String> page, String formId) {
    String html = page.body();
    Matcher start =
        Pattern.compile("<form[^>]*\\sid=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(html);
    if (!start.find()) {
      throw new AssertionError("no form " + formId);
    }
    int end = html.indexOf("</form>", start.end());
    String form = html.substring(start.start(), end < 0 ? html.length() : end);
    Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(start.group());
    if (!action.find()) {
      throw new AssertionError("form " + formId + " has no action");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form);
    while (input.find()) {
      Matcher name = Pattern.compile("\\sname=\"([^\"]*)\"").matcher(input.group());
      Matcher value = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(input.group());
      if (name.find()) {
        fields.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
      }
    }
    return new FacesForm(page.uri().resolve(unescape(action.group(1))).toString(), fields);
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** Sends JSON with {@code method} (POST, PUT, PATCH, DELETE). */
  public HttpResponse<String> json(String method, String url, Object body)
      throws IOException, InterruptedException {
    String text =
        body instanceof String str
            ? str
            : com.nimbusds.jose.util.JSONObjectUtils.toJSONString((Map<String, ?>) body);
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(text)));
  }

  public HttpResponse<String> send(HttpRequest.Builder builder)
      throws IOException, InterruptedException {
    HttpRequest probe = builder.copy().build();
    String host = probe.uri().getHost() + ":" + probe.uri().getPort();
    Map<String, String> jar = cookies.getOrDefault(host, Map.of());
    if (!jar.isEmpty()) {
      builder.header(
          "Cookie",
          jar.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    // 60 s unless the request set its own timeout (a long benchmark call).
    HttpRequest request =
        probe.timeout().isPresent()
            ? builder.build()
            : builder.timeout(Duration.ofSeconds(60)).build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        Map<String, String> hostJar = cookies.computeIfAbsent(host, h -> new LinkedHashMap<>());
        if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
          hostJar.remove(name);
        } else {
          hostJar.put(name, value);
        }
      }
    }
    return response;
  }

  /** Follows redirects from {@code response}, at most {@code max} hops, returning the last. */
  public HttpResponse<String> follow(HttpResponse<String> response, int max)
      throws IOException, InterruptedException {
    HttpResponse<String> current = response;
    for (int i = 0; i < max && isRedirect(current); i++) {
      current = get(location(current));
    }
    return current;
  }

  public static boolean isRedirect(HttpResponse<?> r) {
    return r.statusCode() == 301
        || r.statusCode() == 302
        || r.statusCode() == 303
        || r.statusCode() == 307;
  }

  /** The absolute Location of a redirect. */
  public static String location(HttpResponse<?> r) {
    String location =
        r.headers()
            .firstValue("Location")
            .orElseThrow(() -> new AssertionError("no Location: " + r.statusCode()));
    return r.uri().resolve(location).toString();
  }

  public Optional<String> cookie(String host, String name) {
    return Optional.ofNullable(cookies.getOrDefault(host, Map.of()).get(name));
  }

  public void setCookie(String host, String name, String value) {
    cookies.computeIfAbsent(host, h -> new LinkedHashMap<>()).put(name, value);
  }

  public void clearCookies() {
    cookies.clear();
  }

  /** The decoded query parameters of a URL (first value of each). */
  public static Map<String, String> query(String url) {
    Map<String, String> params = new LinkedHashMap<>();
    String q = URI.create(url).getRawQuery();
    if (q == null) {
      return params;
    }
    for (String part : q.split("&")) {
      int eq = part.indexOf('=');
      String k = eq < 0 ? part : part.substring(0, eq);
      String v = eq < 0 ? "" : part.substring(eq + 1);
      params.putIfAbsent(
          java.net.URLDecoder.decode(k, StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return params;
  }

  /** The value of the first {@code <input name=NAME value=...>} in an HTML page. */
  public static String inputValue(String html, String name) {
    Matcher m =
        Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
            .matcher(html);
    if (!m.find()) {
      throw new AssertionError("no input " + name);
    }
    return m.group(1);
  }

  public static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public static List<String> setCookieHeaders(HttpResponse<?> r) {
    return r.headers().allValues("Set-Cookie");
  }
}
