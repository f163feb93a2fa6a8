package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Logins;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The phone protocol on screen (D2, S20): she makes her code in her own space, the member checks it
 * on her file card; both pages pass the accessibility check.
 */
class PhoneCheckScreensIT extends RelaisIT {

  @Test
  void bothSidesOfTheProtocolOnScreen() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String username = Logins.uniqueName("elle.ecran");
    String link = PersonAccess.link(worker, person);
    String code;
    try (Browser browser = Browser.start()) {
      browser.redeemAccessLink(link, username);
      browser.click("#myPhoneCode\\:issue");
      browser.awaitText("#phone-code-expiry", "Valable une fois");
      code = browser.find("#phone-code").getText().trim();
      browser.assertAccessible("my-file-phone-code");
    }
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("ts1.ccas");
      browser.open(Ports.base() + "/app/person.xhtml?id=" + person);
      browser.awaitText("#phone-protocol", "ne dites rien du dossier");
      browser.assertAccessible("person-phone-protocol");
      browser.type("#phone-check\\:code", code);
      browser.click("#phone-check\\:check");
      browser.awaitText("#phone-confirmed", "Code vérifié");
      browser.assertAccessible("person-phone-confirmed");
    }
    assertFalse(code.isEmpty());
  }
}
