package fr.relais.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy from
 * PrimeFaces, which adds a per-response nonce to its scripts (see web.xml {@code
 * primefaces.CSP_POLICY}); every other response gets a policy that allows nothing to run. Nothing
 * that Relais serves may be cached by the browser or a proxy unless it is a static resource (S44).
 */
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** Policy for everything that is not a Faces page: JSON, redirects, errors. */
  static final String STRICT_CSP =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    String path = req.getRequestURI().substring(req.getContextPath().length());
    boolean staticResource =
        path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    if (staticResource) {
      res.setHeader("Cache-Control", "public, max-age=3600");
    } else {
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Pragma", "no-cache");
    }
    if (!isFacesPage(path)) {
      res.setHeader("Content-Security-Policy", STRICT_CSP);
    }
    chain.doFilter(req, res);
  }

  static boolean isFacesPage(String path) {
    return path.endsWith(".xhtml") || path.equals("/") || path.endsWith("/");
  }
}
