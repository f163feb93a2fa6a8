package fr.relais.it;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.relais.it.support.ArquillianRun;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every integration test talks from outside, over HTTP, to the real WAR running in the WildFly that
 * Arquillian manages, started once for the run ({@link ArquillianRun}). The WAR is deployed once
 * for the whole run, as soon as the server has started ({@link
 * fr.relais.it.support.RunDeployment}), and every class of the run uses that deployment: classes
 * declare none of their own. Classes run two at a time; a class that changes what every other class
 * sees (the shared clock, the mail servers, counts over the whole database, response times) is
 * {@code @Isolated}: it runs alone.
 */
@ExtendWith(ArquillianRun.class)
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
