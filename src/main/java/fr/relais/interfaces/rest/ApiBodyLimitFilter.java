package fr.relais.interfaces.rest;

import fr.relais.application.CurrentRequest;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits JSON request bodies on the API ({@code relais.api.max-body-bytes}, 64 KiB by default):
 * refused with 413 before reading when the declared length is too large, and cut off while reading
 * when a chunked body grows past it. Uploads have their own, larger limits.
 */
public class ApiBodyLimitFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  public static final long EVIDENCE_MAX_BYTES =
      fr.relais.application.documents.EvidenceInspection.MAX_BYTES;

  /** A document's upload: its file and, around it, its multipart form's few parts. */
  static final long UPLOAD_MAX_BYTES = EVIDENCE_MAX_BYTES + 64 * 1024;

  @Inject transient CurrentRequest current;

  /** Signed scans of mandates and documents of a file have their own, larger limit. */
  static boolean isUpload(String uri) {
    return uri.endsWith("/evidence") || uri.endsWith("/documents") || uri.endsWith("/versions");
  }

  @Inject
  @ConfigProperty(name = "relais.api.max-body-bytes", defaultValue = "65536")
  transient long maxBytes;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    // Uploads have their own, larger limit (each file checked again by EvidenceInspection).
    long limit = isUpload(req.getRequestURI()) ? UPLOAD_MAX_BYTES : maxBytes;
    if (req.getContentLengthLong() > limit) {
      Problems.write(
          res, 413, "payload-too-large", "The request body is too large.", current.requestId());
      return;
    }
    chain.doFilter(new Limited(req, limit), res);
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long count;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++count > max) {
                  throw new PayloadTooLargeException();
                }
                return b;
              }

              @Override
              public int read(byte[] buf, int off, int len) throws IOException {
                int n = in.read(buf, off, len);
                if (n > 0 && (count += n) > max) {
                  throw new PayloadTooLargeException();
                }
                return n;
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
