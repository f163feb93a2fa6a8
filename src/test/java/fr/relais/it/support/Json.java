package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.util.List;

/** The API's JSON arrays, parsed. */
public final class Json {
  private Json() {}

  /** The array a successful answer holds: asserts 200, then parses the body. */
  public static <T> List<T> list(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    return array(r.body());
  }

  /** A body that is a JSON array, parsed, whatever the status it came with. */
  @SuppressWarnings("unchecked")
  public static <T> List<T> array(String body) throws Exception {
    return (List<T>) JSONObjectUtils.parse("{\"l\":" + body + "}").get("l");
  }
}
