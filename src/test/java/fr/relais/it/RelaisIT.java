package fr.relais.it;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every integration test talks from outside, over HTTP, to the real WAR running in the WildFly that
 * Arquillian manages. The WAR is deployed once for the whole run, as soon as the server has started
 * ({@link fr.relais.it.support.RunDeployment}), and every class of the run uses that deployment:
 * classes declare none of their own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class RelaisIT {

  /** A problem's body without its request id, to compare two answers field by field. */
  protected static Map<String, Object> withoutRequestId(HttpResponse<String> problem)
      throws Exception {
    Map<String, Object> body = new java.util.HashMap<>(json(problem));
    body.remove("requestId");
    return body;
  }

  protected static Map<String, Object> json(HttpResponse<String> response) throws Exception {
    return JSONObjectUtils.parse(response.body());
  }
}
