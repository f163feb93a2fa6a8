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
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id (kept from a trusted proxy's {@code X-Request-Id} when well formed),
 * puts it in the logging context and the response, and records the client address for the journal.
 */
public class RequestContextFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
  private static final SecureRandom RANDOM = new SecureRandom();
  public static final String HEADER = "X-Request-Id";

  @Inject transient CurrentRequest current;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String incoming = req.getHeader(HEADER);
    String id;
    if (incoming != null && VALID_ID.matcher(incoming).matches()) {
      id = incoming;
    } else {
      byte[] bytes = new byte[12];
      RANDOM.nextBytes(bytes);
      id = HexFormat.of().formatHex(bytes);
    }
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
