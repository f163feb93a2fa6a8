package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.IdentityChecks;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.WebClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The protection card of a person's file and the person's own consent, in headless Chromium: an
 * administrator protects someone with her protection order, records her consent given in person, is
 * asked to sign in again before lifting, comes back to the file and lifts it (F1, S6); a protected
 * person consents from her own file. Every state passes axe-core.
 */
class ProtectionBrowserIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  void anAdministratorProtectsHerThenLiftsItWithHerConsentAfterSigningInAgain() throws Exception {
    WebClient api = Logins.signedIn("admin.ccas");
    String worker = (String) json(Logins.signedIn("ts1.ccas").get(API + "/me")).get("accountId");
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Carte");
    p.put("firstNames", "Protection " + UUID.randomUUID().toString().substring(0, 6));
    p.put("birthDate", "1990-02-03");
    p.put("confirmDuplicate", true);
    p.put("assignTo", List.of(worker));
    p.put("contact", Map.of("phone", "0611223344", "domiciledAtStructure", false));
    String person =
        (String)
            json(api.json("POST", API + "/structures/" + Structures.CCAS + "/persons", p))
                .get("id");
    String file = Ports.base() + "/app/person.xhtml?id=" + person;

    try (Browser browser = Browser.start()) {
      // Her provider session dates from an hour ago: fine to work, not to lift a protection.
      browser.open(Ports.base() + "/");
      browser.click("#login-staff");
      browser.awaitUrl(Ports.staffIssuer());
      browser.type("input[name=username]", "admin.ccas");
      browser.type(
          "textarea[name=claims]",
          "{\"auth_time\": " + Instant.now().minusSeconds(3600).getEpochSecond() + "}");
      browser.click("input[type=submit]");
      browser.awaitUrl(Ports.base() + "/app/home.xhtml");

      browser.open(file);
      browser.awaitText("#protection", "Non");
      browser.click("#protect summary");
      browser.assertAccessible("person-protection-form");
      new Select(browser.find("#protect\\:reason")).selectByValue("PROTECTION_ORDER");
      browser.type("#protect\\:court", "Tribunal judiciaire de Toulouse");
      setDate(browser, "#protect\\:issuedOn", TODAY.minusDays(3));
      setDate(browser, "#protect\\:endsOn", TODAY.plusMonths(6));
      browser.click("#protect\\:save");
      browser.awaitText("#messages", "La personne est protégée");
      browser.awaitText("#protection", "Ordonnance de protection");
      browser.awaitText("#protection-order", "Tribunal judiciaire de Toulouse");
      browser.awaitText("#protected-notice", "Personne protégée");
      // F1: the administrator does not hold the protected-cases habilitation: her name only.
      browser.awaitText("#restricted-notice", "réservé aux membres habilités");
      assertTrue(!browser.driver().getPageSource().contains("février 1990"), "not her birth date");
      assertTrue(browser.driver().findElements(By.id("tab-messages")).isEmpty());
      browser.assertAccessible("person-protected");

      // F5: her blocked persons, kept as fingerprints, shown as a hint.
      browser.awaitText("#no-blocked", "Personne n'est bloqué");
      new Select(browser.find("#block\\:kind")).selectByValue("EMAIL");
      browser.type("#block\\:value", "ancien.conjoint@exemple.fr");
      browser.click("#block\\:add");
      browser.awaitText("#messages", "L'entrée est ajoutée à la liste");
      browser.awaitText("#blocked", "a…@exemple.fr");
      assertTrue(!browser.driver().getPageSource().contains("ancien.conjoint"), "never the value");
      browser.assertAccessible("person-blocked-persons");

      browser.awaitText("#lifting-consent", "Aucun consentement");
      browser.click("#lifting\\:consent");
      browser.awaitText("#messages", "Le consentement de la personne à la levée est enregistré");
      browser.awaitText("#lifting-consent", "Consentement donné en personne");

      browser.click("#lifting\\:lift");
      browser.awaitText("#messages", "Reconnectez-vous pour confirmer la levée");
      browser.awaitText("#reauthenticate-explain", "vous authentifier à nouveau");
      browser.assertAccessible("person-protection-reauthenticate");
      browser.click("#reauthenticate");
      browser.awaitUrl(Ports.staffIssuer());
      assertTrue(browser.driver().getCurrentUrl().contains("prompt=login"));
      browser.type("input[name=username]", "admin.ccas");
      browser.click("input[type=submit]");
      browser.awaitUrl(file);

      browser.click("#lifting\\:lift");
      browser.awaitText("#messages", "La protection est levée");
      browser.awaitText("#protection", "Non");
      browser.awaitText("#contact", "0611223344");
      browser.assertAccessible("person-protection-lifted");
    }
    assertEquals(
        false, json(api.get(API + "/persons/" + person + "/protection")).get("protectedPerson"));
  }

  @Test
  void aProtectedPersonConsentsToLiftingFromHerOwnFile() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Consentement");
    p.put("firstNames", "Elle " + UUID.randomUUID().toString().substring(0, 6));
    p.put("birthDate", "1992-04-05");
    p.put("confirmDuplicate", true);
    p.put("protectedPerson", true);
    p.put("protectionReason", "DECLARED_VIOLENCE");
    String person =
        (String)
            json(worker.json("POST", API + "/structures/" + Structures.CCAS + "/persons", p))
                .get("id");
    IdentityChecks.record(worker, person, "lever"); // D3: before her access link
    String link =
        (String)
            json(worker.json("POST", API + "/persons/" + person + "/access/links", "")).get("link");

    try (Browser self = Browser.start()) {
      self.redeemAccessLink(link, Logins.uniqueName("protegee"));
      self.awaitText(".my-protection", "Votre dossier est protégé");
      self.assertAccessible("my-file-protected");
      self.click("button[id$='myLifting:consent']");
      self.awaitText("#messages", "Votre consentement est enregistré");
      self.assertAccessible("my-file-lifting-consent");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> consent =
        (Map<String, Object>)
            json(worker.get(API + "/persons/" + person + "/protection")).get("consent");
    assertEquals("OWN_ACCOUNT", consent.get("way"));
  }

  private static void setDate(Browser browser, String css, LocalDate date) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", browser.find(css), date.toString());
  }
}
