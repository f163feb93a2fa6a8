package fr.relais.interfaces.web;

import fr.relais.application.CurrentRequest;
import fr.relais.interfaces.rest.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that decides whether a state-changing request (POST, PUT, PATCH, DELETE, and any
 * method but the safe GET, HEAD, OPTIONS and TRACE) may come from where it comes from, for the
 * Faces pages, the REST API and the authentication endpoints alike (ASVS 3.5.1, 3.5.3; S5: the
 * {@code SameSite=Lax} session cookie is not the only guard; S10: checked on the server, on every
 * request). The rule:
 *
 * <ul>
 *   <li>an {@code Origin} header that is not Relais's own public origin ({@code relais.public-url})
 *       is refused;
 *   <li>without {@code Origin}, or with {@code Origin: null}, {@code Sec-Fetch-Site} decides: other
 *       than {@code same-origin} or {@code none} (a request the user made by hand) it is refused —
 *       {@code cross-site}, and {@code same-site} too, since a sibling subdomain is the same site
 *       but not Relais. Browsers send {@code null} for a form posted from a sandboxed or opaque
 *       document, and also from Relais's own pages, whose {@code Referrer-Policy: no-referrer}
 *       tells them to (Fetch, "serializing a request origin"); only {@code Sec-Fetch-Site}, which a
 *       page cannot set, tells the two apart, so {@code null} without it is refused;
 *   <li>a request with neither header (an API client with a bearer token, curl) passes: browsers
 *       send one or the other with every cross-origin write.
 * </ul>
 *
 * <p>A refusal answers 403 — as {@code application/problem+json} under {@code /api/}, as a plain
 * page elsewhere (never a Faces page, whose rendering would try to restore the posted view) — and
 * is logged with the request id, the method, the path without its query and the headers that
 * decided. Nothing the identity provider sends is a write: it comes back by a GET redirect to
 * {@code /auth/callback}, which this filter leaves alone like every other safe method.
 */
public class SameOriginFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());

  @Inject transient CurrentRequest current;

  @Inject
  @ConfigProperty(name = "relais.public-url", defaultValue = "http://localhost:8080")
  transient String publicUrl;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!isStateChanging(req.getMethod())) {
      chain.doFilter(req, res);
      return;
    }
    Optional<String> refusal =
        refusal(req.getHeader("Origin"), req.getHeader("Sec-Fetch-Site"), publicUrl);
    if (refusal.isEmpty()) {
      chain.doFilter(req, res);
      return;
    }
    String path = req.getRequestURI().substring(req.getContextPath().length());
    LOG.warning(
        "Cross-origin request refused ("
            + refusal.get()
            + "): "
            + req.getMethod()
            + " "
            + printable(path)
            + " request "
            + current.requestId());
    if (path.startsWith("/api/")) {
      Problems.write(res, 403, "forbidden", "Cross-origin request refused.", current.requestId());
      return;
    }
    res.setStatus(HttpServletResponse.SC_FORBIDDEN);
    res.setContentType("text/html;charset=UTF-8");
    res.setHeader("Content-Security-Policy", SecurityHeadersFilter.STRICT_CSP);
    byte[] page = refusedPage(req.getContextPath()).getBytes(StandardCharsets.UTF_8);
    res.setContentLength(page.length);
    res.getOutputStream().write(page);
  }

  /** A page of its own, with nothing to run and nothing about the request. */
  private static String refusedPage(String contextPath) {
    return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
        + "<title>Relais</title></head><body><main><h1>Requête refusée</h1>"
        + "<p>Cette action ne venait pas d'une page de Relais ; elle n'a pas été prise en compte."
        + "</p><p><a href=\""
        + contextPath
        + "/\">Retour à l'accueil</a></p></main></body></html>";
  }

  /** Anything but a safe method (RFC 9110, 9.2.1) may change something. */
  static boolean isStateChanging(String method) {
    return !("GET".equals(method)
        || "HEAD".equals(method)
        || "OPTIONS".equals(method)
        || "TRACE".equals(method));
  }

  /**
   * Why a state-changing request with these headers is refused, or empty when it may go on.
   *
   * @param origin the {@code Origin} header, or null
   * @param fetchSite the {@code Sec-Fetch-Site} header, or null
   * @param publicUrl Relais's public URL, whose scheme, host and port are its origin
   */
  static Optional<String> refusal(String origin, String fetchSite, String publicUrl) {
    boolean opaque = origin != null && origin.trim().equals("null");
    if (origin != null && !opaque) {
      return sameOrigin(origin.trim(), publicUrl)
          ? Optional.empty()
          : Optional.of("Origin " + printable(origin));
    }
    if (fetchSite == null) {
      // Neither header: not a browser, no forgery through it. "null" alone: a browser that says
      // nothing of where the request comes from.
      return opaque ? Optional.of("Origin null without Sec-Fetch-Site") : Optional.empty();
    }
    String site = fetchSite.trim().toLowerCase(Locale.ROOT);
    if (site.equals("same-origin") || site.equals("none")) {
      return Optional.empty();
    }
    return Optional.of("Sec-Fetch-Site " + printable(fetchSite));
  }

  private static boolean sameOrigin(String origin, String publicUrl) {
    URI expected = URI.create(publicUrl);
    try {
      URI actual = new URI(origin);
      if (actual.getScheme() == null
          || actual.getHost() == null
          || actual.getRawUserInfo() != null
          || actual.getRawQuery() != null
          || actual.getRawFragment() != null
          || !(actual.getRawPath() == null || actual.getRawPath().isEmpty())) {
        return false; // an origin is scheme://host[:port], nothing else
      }
      return expected.getScheme().equalsIgnoreCase(actual.getScheme())
          && expected.getHost().equalsIgnoreCase(actual.getHost())
          && port(expected) == port(actual);
    } catch (java.net.URISyntaxException | NullPointerException e) {
      return false;
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** A header value as it may go to the log: printable ASCII, at most 100 characters. */
  private static String printable(String value) {
    String s = value.length() > 100 ? value.substring(0, 100) + "…" : value;
    return s.replaceAll("[^\\x20-\\x7E…]", "?");
  }
}
