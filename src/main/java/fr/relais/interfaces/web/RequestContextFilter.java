package fr.relais.interfaces.web;

import fr.relais.application.CurrentRequest;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jboss.logging.MDC;

/**
 * Gives every request an id of its own (never taken from the client, since it is written to the
 * journal), puts it in the logging context and the response, and records the client address for the
 * journal.
 */
public class RequestContextFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final SecureRandom RANDOM = new SecureRandom();
  public static final String HEADER = "X-Request-Id";

  @Inject transient CurrentRequest current;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    current.begin(id, req.getRemoteAddr());
    res.setHeader(HEADER, id);
    MDC.put("requestId", id);
    try {
      chain.doFilter(req, res);
    } finally {
      MDC.remove("requestId");
    }
  }
}
