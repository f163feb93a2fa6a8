package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Sirets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The accreditation screens in headless Chromium (A1): a structure's own request from the start
 * page — sign-in first, the form, a refused SIRET, the request filed and its status shown — and the
 * operator's prefecture agents page — an invitation for departments, the agent signing in with it,
 * a change of departments and a deactivation. Every page state passes axe-core.
 */
class AccreditationBrowserIT extends RelaisIT {

  private Browser browser;

  @BeforeEach
  void open() {
    browser = Browser.start();
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private void atTheProvider(String username, String landing) {
    browser.awaitUrl(Ports.staffIssuer());
    browser.type("input[name=username]", username);
    browser.click("input[type=submit]");
    browser.awaitUrl(landing);
  }

  private void signIn(String username) {
    browser.open(Ports.base() + "/");
    browser.click("#login-staff");
    atTheProvider(username, Ports.base() + "/app/home.xhtml");
  }

  private void signOut() {
    browser.click("#logout");
    browser.awaitUrl(Ports.base() + "/");
    browser.find("#login-staff");
  }

  /** The row index of an agent in the agents table. */
  private int agentRow(String name) {
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#agents tbody tr"));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().startsWith(name)) {
        return i;
      }
    }
    throw new AssertionError(name + " not in the agents table");
  }

  @Test
  void aStructureRequestsItsAccreditationFromTheStartPage() {
    browser.open(Ports.base() + "/");
    browser.click("#request-accreditation");
    browser.awaitUrl(Ports.base() + "/accreditation-request.xhtml");
    assertEquals("Relais — demande d'agrément", browser.title());
    browser.find("#apply-login-staff");
    browser.assertAccessible("accreditation-request-sign-in");

    String username = Logins.uniqueName("referente.navigateur");
    browser.click("#apply-login-staff");
    atTheProvider(username, Ports.base() + "/accreditation-request.xhtml");
    browser.awaitText("#apply", username);
    browser.assertAccessible("accreditation-request-form");

    browser.type("#request\\:name", "Maison des Femmes d'Ajaccio");
    new Select(browser.find("#request\\:type")).selectByValue("VICTIM_SUPPORT");
    browser.type("#request\\:siret", Sirets.withBadChecksum());
    browser.type("#request\\:addressLine", "4 boulevard Pascal Rossini");
    browser.type("#request\\:postalCode", "20000");
    browser.type("#request\\:city", "Ajaccio");
    browser.type("#request\\:departments", "2A");
    browser.type("#request\\:contactEmail", "contact@mdf-ajaccio.example");
    browser.click("#request\\:submit");
    browser.awaitText("#messages", "SIRET");
    browser.assertAccessible("accreditation-request-refused-siret");

    browser.type("#request\\:siret", Sirets.random());
    browser.click("#request\\:submit");
    browser.awaitUrl(Ports.base() + "/app/structure.xhtml?id=");
    browser.awaitText("#status", "Demande à instruire");
    browser.awaitText("#messages", "Demande d'agrément déposée");
    browser.awaitText("#requested-by", "la structure elle-même");
    browser.awaitText("#user-name", username);
    browser.assertAccessible("accreditation-request-filed");

    // Signed in as the structure's administrator from now on.
    browser.click("#nav-home");
    browser.awaitText("#role", "Administrateur");
    signOut();
  }

  @Test
  void theOperatorOpensAPrefectureAgentsAccountThenChangesAndEndsIt() {
    signIn("operateur");
    browser.click("#nav-agents");
    browser.awaitUrl(Ports.base() + "/app/prefecture-agents.xhtml");
    assertEquals("Relais — agents de préfecture", browser.title());
    browser.awaitText("#agents", "Hugo Bernard");
    browser.assertAccessible("prefecture-agents");

    browser.type("#invite\\:departments", "2A, 2B");
    browser.click("#invite\\:submit");
    browser.awaitText("#messages", "Invitation créée");
    String link = browser.find("#invitation-link").getAttribute("value");
    assertTrue(link.startsWith(Ports.base() + "/invitation.xhtml?token="), link);
    browser.awaitText("#invitations\\:pending", "2A, 2B");
    browser.assertAccessible("prefecture-agents-invited");
    signOut();

    // The invitee opens the link and signs in with their own identity.
    String username = Logins.uniqueName("agent.navigateur");
    browser.open(link);
    browser.awaitText("#invitation-state", "Connectez-vous avec votre propre identifiant");
    browser.assertAccessible("invitation-prefecture-agent");
    browser.click("#accept-staff");
    atTheProvider(username, Ports.base() + "/app/home.xhtml");
    browser.awaitText("#role", "Agent de préfecture");
    browser.click("#nav-structures");
    browser.awaitText("#my-departments", "2A, 2B");
    browser.assertAccessible("structures-new-agent");
    signOut();

    // The operator moves the agent to another department, then deactivates them.
    signIn("operateur");
    browser.click("#nav-agents");
    browser.awaitText("#agents", username);
    int row = agentRow(username);
    browser.click("#agents tbody tr:nth-child(" + (row + 1) + ") summary");
    browser.type("#agents\\:" + row + "\\:edit\\:departments", "69");
    browser.assertAccessible("prefecture-agents-edit-open");
    browser.click("#agents\\:" + row + "\\:edit\\:save");
    browser.awaitText("#messages", "Départements de " + username);
    browser.awaitText("#agents tbody tr:nth-child(" + (agentRow(username) + 1) + ")", "69");

    row = agentRow(username);
    browser.click("#agents tbody tr:nth-child(" + (row + 1) + ") summary");
    browser.click("#agents\\:" + row + "\\:deactivate\\:off");
    browser.awaitText("#messages", username + " est désactivé");
    browser.awaitText("#agents tbody tr:nth-child(" + (agentRow(username) + 1) + ")", "Désactivé");
    browser.assertAccessible("prefecture-agents-deactivated");
  }
}
