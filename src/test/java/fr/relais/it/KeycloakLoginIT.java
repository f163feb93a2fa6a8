package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Journal;
import fr.relais.it.support.KeycloakServer;
import fr.relais.it.support.Ports;
import fr.relais.it.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Relais against Keycloak, a production-grade provider started by the test run: password login on
 * Keycloak's own page, the account found by (issuer, subject), RP-initiated logout (H1, S1, S4).
 */
class KeycloakLoginIT extends RelaisIT {

  @Test
  void anOperatorSignsInThroughKeycloakAndOut() throws Exception {
    KeycloakServer keycloak = TestEnvironment.keycloak();
    long before = Journal.maxSeq();
    try (Browser browser = Browser.start()) {
      browser.open(Ports.base() + "/");
      browser.click("#login-keycloak");
      browser.awaitUrl(keycloak.issuer());
      browser.type("#username", "kc-operateur");
      browser.type("#password", "Relais-Demo-2026!");
      browser.click("#kc-login");
      browser.awaitUrl(Ports.base() + "/app/home.xhtml");
      browser.awaitText("#home-heading", "Camille Opératrice");
      browser.awaitText("#role", "Exploitant");
      browser.assertAccessible("home-keycloak-operator");

      browser.click("#logout");
      browser.awaitUrl(Ports.base() + "/");
      browser.find("#login-keycloak");
    }
    Journal.Row login =
        Journal.since(before).stream()
            .filter(r -> r.action().equals("auth.login"))
            .filter(r -> keycloak.issuer().equals(r.actorIssuer()))
            .findFirst()
            .orElseThrow();
    assertEquals("SUCCESS", login.outcome());
    assertEquals(keycloak.issuer(), login.actorIssuer());
    assertEquals("6f1d2c3e-0a4b-4c5d-8e9f-a0b1c2d3e4f5", login.actorSubject());
  }
}
