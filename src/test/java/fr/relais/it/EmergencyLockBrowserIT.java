package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Logins;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The emergency lock in headless Chromium (F6): the worker locks a person's access from her file;
 * the person's open page loses its session; signed in again she sees only the locked page and
 * releases her part. Every state passes axe-core.
 */
class EmergencyLockBrowserIT extends RelaisIT {

  @Test
  void theWorkerLocksHerAccessAndSheReleasesHerPart() throws Exception {
    WebClient api = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(api);
    String link = PersonAccess.link(api, person);
    String username = Logins.uniqueName("verrouillee");

    try (Browser self = Browser.start();
        Browser worker = Browser.start()) {
      self.redeemAccessLink(link, username);
      self.awaitText(".my-lock", "Verrouiller mon accès maintenant");
      self.assertAccessible("my-file-with-lock");

      worker.signInAsStaff("ts1.ccas");
      worker.open(Ports.base() + "/app/person.xhtml?id=" + person + "&tab=access");
      worker.awaitText("#lock-status", "n'est pas verrouillé");
      worker.assertAccessible("person-access-lock");
      worker.click("#lockForm\\:lock");
      worker.awaitText("#messages", "Son accès est verrouillé");
      worker.awaitText("#lock-status", "verrouillé depuis");
      worker.awaitText("#lock-releases", "Elle n'a pas encore déverrouillé");
      worker.assertAccessible("person-access-locked");

      // Her open page: the session is gone.
      self.open(Ports.base() + "/app/my-file.xhtml");
      assertFalse(self.driver().getPageSource().contains("my-lock"), "signed out");

      // Signed in again: only the locked page.
      self.open(Ports.base() + "/");
      self.click("#login-staff");
      self.awaitUrl(Ports.staffIssuer());
      self.type("input[name=username]", username);
      self.click("input[type=submit]");
      self.awaitUrl(Ports.base() + "/app/my-file.xhtml");
      self.awaitText("#locked-heading", "Votre accès est verrouillé");
      assertFalse(self.driver().getPageSource().contains("my-mandate"), "nothing of her file");
      self.assertAccessible("my-file-locked");
      self.click("button[id$='myRelease:release']");
      self.awaitText("#messages", "Vous avez déverrouillé de votre côté");
      self.assertAccessible("my-file-released");
    }
    assertEquals(
        true,
        json(api.get(Ports.base() + "/api/v1/persons/" + person + "/emergency-lock"))
            .get("releasedByPerson"));
  }
}
