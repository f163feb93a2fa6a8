package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.WebClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * An accompanied person's own access in headless Chromium: the social worker creates the access
 * link on the person's file; the person opens it in another browser, signs in, sees their file
 * under a neutral title with the quick exit, withdraws one procedure then revokes the mandate,
 * reads who accessed the file, and leaves with the quick exit — after which "Back" shows nothing.
 * The worker then sees that the person revoked it. Every page state passes axe-core.
 */
class PersonAccessBrowserIT extends RelaisIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  private static WebElement buttonContaining(Browser browser, String text) {
    return browser
        .driver()
        .findElement(By.xpath("//button[contains(normalize-space(.), \"" + text + "\")]"));
  }

  @Test
  void thePersonUsesTheirOwnAccessAndLeavesQuickly() throws Exception {
    WebClient api = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(api);
    String lastName =
        (String) json(api.get(Ports.base() + "/api/v1/persons/" + person)).get("lastName");
    String firstNames =
        (String) json(api.get(Ports.base() + "/api/v1/persons/" + person)).get("firstNames");
    Map<String, Object> mandate =
        Mandates.active(
            api, person, TODAY, TODAY.plusMonths(6), List.of("CHANGEMENT_ADRESSE", "DUPLICATA"));

    String link;
    try (Browser worker = Browser.start()) {
      worker.signInAsStaff("ts1.ccas");
      worker.open(Ports.base() + "/app/person.xhtml?id=" + person + "&tab=access");
      worker.awaitText("#access-status", "n'a pas d'accès");
      worker.click("button[id$='accessForm:issue']");
      link = worker.find("#issued-link").getAttribute("value");
      assertTrue(link.startsWith(Ports.base() + "/access.xhtml?token="), link);
      worker.assertAccessible("person-access-link");
    }

    try (Browser self = Browser.start()) {
      self.open(link);
      self.awaitText("#access-state", "Connectez-vous avec votre propre identité");
      assertTrue(self.find("#quick-exit").isDisplayed(), "S44: quick exit from the first page");
      self.assertAccessible("access-landing");
      self.click("#access-staff");
      self.awaitUrl(Ports.staffIssuer());
      self.type("input[name=username]", Logins.uniqueName("navigatrice"));
      self.click("input[type=submit]");
      self.awaitUrl(Ports.base() + "/app/my-file.xhtml");
      assertEquals("Relais", self.title(), "S44: a neutral title");
      self.awaitText("#my-file-heading", "Mon dossier");
      assertTrue(self.find(".my-name").getText().contains(firstNames));
      assertTrue(self.find("#quick-exit").isDisplayed());
      self.assertAccessible("my-file");

      buttonContaining(self, "« Changement d'adresse »").click();
      self.awaitText("#messages", "La démarche est retirée du mandat");
      self.assertAccessible("my-file-scope-withdrawn");

      self.type("input[id$='myRevoke:reason']", "Je n'en ai plus besoin");
      self.click("button[id$='myRevoke:revoke']");
      self.awaitText("#messages", "Le mandat est révoqué");
      self.awaitText(".my-mandate", "révoqué par vous");
      self.assertAccessible("my-file-revoked");

      self.click("#nav-my-history");
      self.awaitUrl(Ports.base() + "/app/my-history.xhtml");
      self.awaitText("#my-history", "Vous");
      self.awaitText("#my-history", "Révocation d'un mandat");
      self.assertAccessible("my-history");

      // S44: Escape twice leaves at once; the file is not one "Back" away.
      new Actions(self.driver()).sendKeys(Keys.ESCAPE).sendKeys(Keys.ESCAPE).perform();
      self.awaitUrl(PersonAccess.QUICK_EXIT_URL);
      self.driver().navigate().back();
      self.open(Ports.base() + "/app/my-file.xhtml");
      String page = self.driver().getPageSource();
      assertFalse(page.contains(lastName), "nothing of the file after the quick exit");
      assertFalse(page.contains("quick-exit"), "signed out");
    }

    try (Browser worker = Browser.start()) {
      worker.signInAsStaff("ts1.ccas");
      worker.open(Ports.base() + "/app/person.xhtml?id=" + person + "&tab=access");
      worker.awaitText("#access-status", "accède à son dossier depuis");
      worker.click("#tab-mandates");
      worker.awaitText("#mandates-heading", "Mandats");
      assertTrue(worker.driver().getPageSource().contains("par la personne elle-même"));
      worker.assertAccessible("person-access-revoked-by-person");
    }
    assertEquals("REVOKED", json(api.get(Mandates.url((String) mandate.get("id")))).get("status"));
  }
}
