package fr.relais.it;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.relais.it.support.RelaisDeployment;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every integration test deploys the real WAR and talks to it from outside, over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class RelaisIT {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return RelaisDeployment.war();
  }

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
