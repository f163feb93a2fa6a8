package fr.relais.interfaces.rest.mailbox;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Files received from outside leave only as attachments, typed by their content, never rendered by
 * the browser (S60). The name, which came with the mail, is never trusted in a header: an ASCII
 * fallback of safe characters and the RFC 6266 encoded form.
 */
public final class Downloads {
  private Downloads() {}

  public static Response attachment(byte[] content, String mediaType, String fileName) {
    String name = fileName == null || fileName.isBlank() ? "piece" : fileName;
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(content, mediaType == null ? "application/octet-stream" : mediaType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .build();
  }
}
