package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Logins;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Closing and reopening a file on its card, and the operator's retention panel (S61): the pages say
 * when a closed file's data will be erased and pass the accessibility check.
 */
class RetentionScreensIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";

  @Test
  void theClosureCardAndTheRetentionPanelWork() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("ts1.ccas");
      browser.open(Ports.base() + "/app/person.xhtml?id=" + person);
      browser.awaitText("#closure-status", "Le dossier est ouvert");
      browser.click("#closure summary");
      browser.assertAccessible("person-closure-form");
      browser.click("#closure\\:close");
      browser.awaitText("#messages", "Le dossier est clos");
      browser.awaitText("#closure-status", "Dossier clos depuis le");
      browser.awaitText("#closure-erasure", "effacées le");
      browser.assertAccessible("person-closure-closed");
      browser.click("#closure\\:reopen");
      browser.awaitText("#messages", "Le dossier est rouvert");
      browser.awaitText("#closure-status", "Le dossier est ouvert");
    }
    assertEquals(false, json(worker.get(API + "/persons/" + person + "/closure")).get("closed"));
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("operateur");
      browser.open(Ports.base() + "/app/home.xhtml");
      browser.awaitText("#retention-heading", "Conservation des données");
      browser.awaitText("#retention-periods", "5 an(s)");
      browser.assertAccessible("home-retention");
    }
    assertFalse(worker.get(API + "/persons/" + person).body().isEmpty());
  }
}
