package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.WebClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The procedures page of a file and the structure's deadlines, in headless Chromium with an axe
 * check at each step: her permit and its renewal window, a procedure started, filed, a request for
 * documents recorded; the deadlines page; and, once the mandate's scope is revoked, the next action
 * refused on screen with what is missing said.
 */
class ProceduresBrowserIT extends RelaisIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  void aWorkerFollowsHerProceduresOnScreen() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    Map<String, Object> mandate =
        Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("ts1.ccas");
      browser.open(Ports.base() + "/app/person.xhtml?id=" + person);
      browser.click("#open-procedures");
      browser.awaitText("#procedures-heading", "Démarches");
      browser.awaitText("#no-procedure", "Aucune démarche");
      browser.assertAccessible("procedures-empty");

      browser.click("#permit-form summary");
      browser.type("#permit-form\\:permitType", "Carte de séjour temporaire");
      date(browser, "permit-form:expiresOn", TODAY.plusYears(1).toString());
      browser.click("#permit-form\\:save-permit");
      browser.awaitText("#messages", "Le titre est enregistré");
      browser.awaitText("#permits", "Pas encore ouverte");

      // C8: the first question; a victim's file is offered protection before anything else.
      browser.click("#victim-question\\:victim-yes");
      browser.awaitText("#protect-first", "Protégez d'abord son dossier");
      String first =
          new Select(browser.find("#new-procedure\\:type"))
              .getOptions()
              .get(1)
              .getAttribute("value");
      assertTrue(
          java.util.Set.of(
                  "VICTIME_TRAITE",
                  "ORDONNANCE_PROTECTION",
                  "VIOLENCES_CONJUGALES",
                  "MARIAGE_FORCE",
                  "SORTIE_PROSTITUTION")
              .contains(first),
          "the victims' procedure types first: " + first);
      browser.assertAccessible("procedures-victim-first");
      new Select(browser.find("#new-procedure\\:type")).selectByValue("DUPLICATA");
      browser.click("#new-procedure\\:create-procedure");
      browser.awaitText("#messages", "La démarche est créée");
      browser.awaitText(".procedure-status", "En préparation");

      browser.click("form[id$='act'] summary");
      new Select(browser.find("[id$='act:action']")).selectByValue("FILE");
      browser.click("[id$='act:act-button']");
      browser.awaitText("#messages", "L'action est enregistrée");
      browser.awaitText(".procedure-status", "Déposée");

      browser.click("form[id$='request'] summary");
      date(
          browser,
          browser.find("[id$='request:dueOn']").getAttribute("id"),
          TODAY.plusDays(10).toString());
      browser.type("[id$='request:description']", "Trois photos d'identité");
      browser.click("input[id*='request:documentTypes'][value='PHOTO']");
      browser.click("[id$='request:request-button']");
      browser.awaitText("#messages", "La demande de pièces est enregistrée");
      browser.awaitText(".procedure-status", "Pièces demandées");
      browser.awaitText(".requests", "Trois photos");
      // Each type of document asked for, with its status on the procedure.
      browser.awaitText(".document-statuses", "Demandée");
      browser.click("details.timeline summary");
      browser.awaitText(".events", "Déposée");
      browser.assertAccessible("procedures-one");

      browser.open(Ports.base() + "/app/deadlines.xhtml");
      browser.awaitText("#deadlines-heading", "Échéances");
      browser.awaitText("#deadline-counts", "En retard");
      browser.assertAccessible("deadlines");

      // B2, S11: the scope revoked, the next action is refused on screen, what is missing said.
      assertEquals(
          200,
          worker
              .json("DELETE", Mandates.url((String) mandate.get("id")) + "/scopes/DUPLICATA", "")
              .statusCode());
      browser.open(Ports.base() + "/app/procedures.xhtml?person=" + person);
      browser.click("form[id$='act'] summary");
      new Select(browser.find("[id$='act:action']")).selectByValue("STATUS");
      browser.click("[id$='act:act-button']");
      browser.awaitText("#messages", "Aucun mandat actif");
      browser.awaitText(".procedure-status", "Pièces demandées");
      browser.assertAccessible("procedures-refused");
    }
  }

  private static void date(Browser browser, String id, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }
}
