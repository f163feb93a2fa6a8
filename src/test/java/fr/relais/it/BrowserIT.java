package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's path through Relais in headless Chromium: sign in through the provider's own login
 * page, the home page, a language change, an operator's journal check, sign out; every Relais page
 * visited passes the axe-core check (no serious or critical violation).
 */
class BrowserIT extends RelaisIT {

  private Browser browser;

  @BeforeEach
  void open() {
    browser = Browser.start();
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private void signInAtTheLocalProvider(String username) {
    browser.open(Ports.base() + "/");
    assertEquals("Relais — connexion", browser.title());
    browser.assertAccessible("index");
    browser.click("#login-staff");
    browser.awaitUrl(Ports.staffIssuer());
    browser.type("input[name=username]", username);
    browser.click("input[type=submit]");
    browser.awaitUrl(Ports.base() + "/app/home.xhtml");
  }

  @Test
  void aSocialWorkerSignsInChangesLanguageAndSignsOut() {
    signInAtTheLocalProvider("ts1.ccas");
    assertEquals("Relais — mon espace", browser.title());
    browser.awaitText("#home-heading", "Julien Petit");
    assertTrue(browser.find("#structure-name").getText().contains("CCAS de Villeneuve"));
    browser.assertAccessible("home-social-worker");

    new org.openqa.selenium.support.ui.Select(browser.find("#preferences\\:locale"))
        .selectByValue("en");
    browser.click("#preferences\\:save");
    browser.awaitText("#home-heading", "Hello");
    assertEquals("Relais — my space", browser.title());
    browser.assertAccessible("home-english");
    new org.openqa.selenium.support.ui.Select(browser.find("#preferences\\:locale"))
        .selectByValue("fr");
    browser.click("#preferences\\:save");
    browser.awaitText("#home-heading", "Bonjour");

    browser.click("#logout");
    browser.awaitUrl(Ports.base() + "/");
    browser.find("#login-staff");
    browser.assertAccessible("index-after-logout");
    browser.open(Ports.base() + "/app/home.xhtml");
    browser.find("#login-staff"); // signed out: back on the start page
  }

  @Test
  void theOperatorVerifiesTheJournalWithAnAjaxButtonUnderTheContentSecurityPolicy() {
    signInAtTheLocalProvider("operateur");
    browser.awaitText("#role", "Exploitant");
    browser.click("#journal\\:verify");
    browser.awaitText("#journal\\:result", "Journal intact");
    browser.assertAccessible("home-operator");
  }

  @Test
  void theOperatorRegistersAStructureAndAnAgentAccreditsIt() {
    signInAtTheLocalProvider("operateur");
    browser.click("#nav-structures");
    browser.awaitUrl(Ports.base() + "/app/structures.xhtml");
    browser.assertAccessible("structures-operator");
    String siret = "73282932000074";
    browser.type("#register\\:name", "Maison des Femmes Bordeaux");
    new org.openqa.selenium.support.ui.Select(browser.find("#register\\:type"))
        .selectByValue("VICTIM_SUPPORT");
    browser.type("#register\\:siret", siret);
    browser.type("#register\\:addressLine", "8 rue Sainte-Catherine");
    browser.type("#register\\:postalCode", "33000");
    browser.type("#register\\:city", "Bordeaux");
    browser.type("#register\\:departments", "33, 47");
    browser.type("#register\\:contactEmail", "contact@mdf-bordeaux.example");
    browser.click("#register\\:submit");
    browser.awaitText("#messages", "Demande enregistrée");
    browser.awaitText("#list", "Maison des Femmes Bordeaux");
    browser.click("#logout");
    browser.awaitUrl(Ports.base() + "/");

    signInAtTheLocalProvider("agent.prefecture");
    browser.click("#nav-structures");
    browser.awaitText("#list", "Maison des Femmes Bordeaux");
    browser.assertAccessible("structures-agent");
    browser
        .driver()
        .findElement(org.openqa.selenium.By.linkText("Maison des Femmes Bordeaux"))
        .click();
    browser.awaitText("#status", "Demande à instruire");
    browser.assertAccessible("structure-request");
    browser.type("#decide\\:departments", "47"); // S10: a department the agent covers
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    setDate("#decide\\:validFrom", today);
    setDate("#decide\\:validUntil", today.plusYears(2));
    browser.click("#decide\\:submit");
    browser.awaitText("#status", "Agréée");
    browser.awaitText("#history", "Agréer");
    browser.assertAccessible("structure-accredited");
  }

  private void setDate(String css, java.time.LocalDate date) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", browser.find(css), date.toString());
  }

  @Test
  void refusalAndErrorPagesAreAccessible() {
    browser.open(Ports.base() + "/auth-error.xhtml?reason=ID_TOKEN_NONCE");
    browser.awaitText("#reason", "ne correspond pas");
    browser.assertAccessible("auth-error");
    browser.open(Ports.base() + "/auth-error.xhtml?reason=%3Cscript%3E");
    browser.awaitText("#reason", "n'a pas pu être vérifiée");
    browser.open(Ports.base() + "/not-authorised.xhtml");
    browser.find("#not-authorised");
    browser.assertAccessible("not-authorised");
    browser.open(Ports.base() + "/no-such-page.xhtml");
    browser.assertAccessible("error");
  }
}
