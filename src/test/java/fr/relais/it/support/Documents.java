package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Documents in a person's file, uploaded through the API as a member would. */
public final class Documents {
  private Documents() {}

  /** The person's documents. */
  public static String of(String person) {
    return Ports.base() + "/api/v1/persons/" + person + "/documents";
  }

  /** A {@code multipart/form-data} upload of a PDF: the fields, then the file. */
  public static HttpResponse<String> upload(
      WebClient w, String url, Map<String, String> fields, byte[] pdf) throws Exception {
    return upload(w, url, fields, "application/pdf", pdf);
  }

  /** A {@code multipart/form-data} upload: the fields, then the file. */
  public static HttpResponse<String> upload(
      WebClient w, String url, Map<String, String> fields, String mediaType, byte[] file)
      throws Exception {
    String boundary = "relais-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + f.getKey()
                  + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                  + f.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan\"\r\n"
                + "Content-Type: "
                + mediaType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return w.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Uploads a PDF proof of address to her file and returns its first version's id. */
  public static String uploadPdf(WebClient w, String person, String title) throws Exception {
    return uploadPdf(w, person, title, "PROOF_OF_ADDRESS");
  }

  /** The same, of a given type. */
  @SuppressWarnings("unchecked")
  public static String uploadPdf(WebClient w, String person, String title, String type)
      throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("type", type);
    fields.put("title", title);
    HttpResponse<String> r =
        upload(w, of(person), fields, "application/pdf", MailTraffic.pdf(title));
    assertEquals(201, r.statusCode(), r.body());
    List<Map<String, Object>> versions =
        (List<Map<String, Object>>) JSONObjectUtils.parse(r.body()).get("versions");
    assertNotNull(versions);
    assertFalse(versions.isEmpty());
    return (String) versions.get(0).get("id");
  }
}
