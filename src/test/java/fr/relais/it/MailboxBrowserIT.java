package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The mailbox's pages in headless Chromium: the header badges, the inbox and its filters, a message
 * with its attachment, urgency and assignment, the person's messages tab with her address, its copy
 * button and its rotation, the administrator's triage (file into a record), the outbox, the home
 * page's urgent messages and notification choices, the operator's quarantine and vault. Every page
 * state passes axe-core.
 */
class MailboxBrowserIT extends RelaisIT {

  @Test
  void membersReadSortAndFileTheAdministrationsMail() throws Exception {
    WebClient api = Logins.signedIn("ts1.ccas");
    String name = "Navigateur" + UUID.randomUUID().toString().substring(0, 4);
    MailTraffic.Person p = MailTraffic.newPerson(api, Structures.CCAS, name);
    String subject =
        "Demande de pièces complémentaires " + UUID.randomUUID().toString().substring(0, 6);
    TestEnvironment.mail()
        .deliver(
            MailTraffic.withAttachment(
                UUID.randomUUID() + "@anef.test",
                p.address(),
                subject,
                "Merci de déposer votre avis d'imposition dans un délai de 15 jours.",
                "liste-des-pieces.pdf",
                "application/pdf",
                MailTraffic.pdf("liste")));
    MailTraffic.awaitMessages(api, p.id(), 1);
    String triagedSubject = "À classer " + UUID.randomUUID().toString().substring(0, 6);
    TestEnvironment.mail()
        .deliver(
            MailTraffic.message(
                p.structureLocalPart() + "@relais.test", triagedSubject, "Pour " + name + "."));
    MailTraffic.awaitInboxDrained();

    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("ts1.ccas");
      assertTrue(browser.find("#badge-unread").getText().contains("non lu"));
      assertTrue(browser.find("#badge-urgent").getText().contains("urgent"));
      browser.assertAccessible("home-with-mailbox");
      browser.awaitText("#urgent", name);

      browser.click("#nav-inbox");
      browser.awaitUrl(Ports.base() + "/app/inbox.xhtml");
      assertEquals("Relais — boîte de réception", browser.title());
      browser.awaitText("#rows", subject);
      browser.assertAccessible("inbox");
      browser.driver().findElement(By.linkText("Urgents")).click();
      browser.awaitUrl(Ports.base() + "/app/inbox.xhtml?filter=URGENT");
      browser.awaitText("#rows", subject);
      browser.assertAccessible("inbox-urgent");

      browser.driver().findElement(By.partialLinkText(subject)).click();
      browser.awaitUrl(Ports.base() + "/app/message.xhtml?id=");
      browser.awaitText("#message-heading", subject);
      browser.awaitText("#body-text", "avis d'imposition");
      WebElement link = browser.find(".attachment-link");
      assertEquals("liste-des-pieces.pdf", link.getText());
      assertTrue(link.getAttribute("href").contains("/attachments/"));
      browser.awaitText("#kind", "Demande de pièces");
      browser.assertAccessible("message");

      browser.find("#urgency\\:dueOn").clear();
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeScript(
              "document.getElementById('urgency:dueOn').value = arguments[0];",
              java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(2).toString());
      browser.click("#urgency\\:submit");
      browser.awaitText("#messages", "Urgence enregistrée");
      new Select(browser.find("#assign\\:assignee")).selectByVisibleText("Julien Petit");
      browser.click("#assign\\:submit");
      browser.awaitText("#messages", "Attribution enregistrée");
      browser.awaitText("#assigned", "Julien Petit");
      browser.assertAccessible("message-assigned");
      browser.click("#unread\\:submit");
      browser.awaitUrl(Ports.base() + "/app/inbox.xhtml");
      browser.awaitText("#messages", "non lu");

      // The person's file: her messages, her address to give, its rotation.
      browser.open(Ports.base() + "/app/person.xhtml?id=" + p.id() + "&tab=messages");
      browser.awaitText("#person-messages", subject);
      assertEquals(p.address(), browser.find("#mail-address").getAttribute("value"));
      browser.click("#copy-address");
      browser.awaitText("#copy-status", "Adresse copiée");
      browser.assertAccessible("person-messages");
      browser.click("#rotate\\:submit");
      browser.awaitText("#messages", "Nouvelle adresse");
      assertFalse(p.address().equals(browser.find("#mail-address").getAttribute("value")));
      browser.awaitText("#retired-addresses", p.address());
      browser.assertAccessible("person-address-rotated");
    }

    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("admin.ccas");
      browser.click("#nav-triage");
      browser.awaitUrl(Ports.base() + "/app/triage.xhtml");
      browser.awaitText("#rows", triagedSubject);
      browser.assertAccessible("triage");
      browser.driver().findElement(By.linkText(triagedSubject)).click();
      browser.awaitText("#triage-reason", "adresse de la structure");
      browser.assertAccessible("triage-message");
      browser.type("#find\\:q", name.toLowerCase());
      browser.click("#find\\:search");
      browser.find("#file\\:person input[type=radio]").click();
      browser.assertAccessible("triage-candidates");
      browser.click("#file\\:submit");
      browser.awaitUrl(Ports.base() + "/app/triage.xhtml");
      browser.awaitText("#messages", "classé");
      assertFalse(browser.driver().getPageSource().contains(triagedSubject));

      browser.open(Ports.base() + "/app/outbox.xhtml");
      browser.awaitText("#outbox-heading", "Courriels envoyés");
      browser.assertAccessible("outbox");
      browser.open(Ports.base() + "/app/outbox.xhtml?status=SENT");
      browser.awaitText("#rows", "ts1.ccas@membres.relais.localhost");
      browser.assertAccessible("outbox-sent");

      browser.open(Ports.base() + "/app/home.xhtml");
      new Select(browser.find("#notifications\\:kinds\\:0\\:mode")).selectByValue("DIGEST");
      browser.click("#notifications\\:submit");
      browser.awaitText("#messages", "Choix enregistrés");
      assertEquals(
          "DIGEST",
          new Select(browser.find("#notifications\\:kinds\\:0\\:mode"))
              .getFirstSelectedOption()
              .getAttribute("value"));
      browser.assertAccessible("home-notifications");
      new Select(browser.find("#notifications\\:kinds\\:0\\:mode")).selectByValue("EACH");
      browser.click("#notifications\\:submit");
      browser.awaitText("#messages", "Choix enregistrés");
    }
    assertEquals(2, MailTraffic.awaitMessages(api, p.id(), 2).size(), "filed from triage");

    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("operateur");
      browser.awaitText("#quarantine-heading", "Courrier sans destinataire");
      browser.awaitText("#quarantine-count", "Messages en quarantaine");
      browser.assertAccessible("home-operator-quarantine");
      // The vault's card: the current master key, and the re-wrapping after a rotation.
      browser.awaitText("#vault-heading", "Coffre des données scellées");
      browser.awaitText("#vault-current", "relais-master-1");
      browser.click("#vault\\:rewrap");
      browser.awaitText("#vault\\:rewrapped", "rechiffrée(s) sous la clé courante");
      browser.assertAccessible("home-operator-vault");
    }
  }

  /**
   * The screens of what the mailbox found on arrival: « À trier » flags and dates an urgent message
   * before anyone files it, the most urgent first; a refused attachment — a truncated one among
   * them — is listed with its reason and no link.
   */
  @Test
  @SuppressWarnings("unchecked")
  void triageShowsTheMostUrgentFirstAndARefusedAttachmentHasNoLink() throws Exception {
    WebClient api = Logins.signedIn("ts1.asso");
    MailTraffic.Person p = MailTraffic.newPerson(api, Structures.ASSO, "Ecran");
    String run = UUID.randomUUID().toString().substring(0, 6);
    String closure = "Décision de classement sans suite " + run;
    String news = "Information " + run;
    String structure = p.structureLocalPart() + "@relais.test";
    TestEnvironment.mail()
        .deliver(
            MailTraffic.message(
                structure,
                closure,
                "Votre demande de titre de séjour a été classée sans suite, faute de réponse dans le"
                    + " délai imparti."));
    MailTraffic.awaitInboxDrained();
    TestEnvironment.mail()
        .deliver(MailTraffic.message(structure, news, "Les horaires d'accueil changent."));
    String truncated = "Pièces tronquées " + run;
    TestEnvironment.mail().deliver(MailTraffic.truncatedMessage(p.address(), truncated));
    MailTraffic.awaitInboxDrained();
    String truncatedId =
        (String)
            MailTraffic.awaitMessages(api, p.id(), 1).stream()
                .filter(m -> truncated.equals(m.get("subject")))
                .findFirst()
                .orElseThrow()
                .get("id");

    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("admin.asso");
      browser.open(Ports.base() + "/app/triage.xhtml");
      browser.awaitText("#rows", closure);
      String rows = browser.find("#rows").getText();
      assertTrue(rows.indexOf(closure) < rows.indexOf(news), "the closure first, though older");
      WebElement closureRow =
          browser.driver().findElement(By.xpath("//tr[.//a[text()='" + closure + "']]"));
      assertTrue(closureRow.getText().contains("Demande clôturée, classée sans suite"));
      assertTrue(closureRow.getText().contains("Urgent"), closureRow.getText());
      assertTrue(closureRow.getText().contains("échéance"), closureRow.getText());
      browser.assertAccessible("triage-by-urgency");
      browser.driver().findElement(By.linkText(closure)).click();
      browser.awaitText("#triage-reason", "adresse de la structure");
      browser.awaitText("#kind", "Demande clôturée");
      assertTrue(browser.find("#kind").getText().contains("Urgent"));
      browser.assertAccessible("triage-message-urgent");
    }

    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("ts1.asso");
      browser.open(Ports.base() + "/app/message.xhtml?id=" + truncatedId);
      browser.awaitText("#message-heading", truncated);
      browser.awaitText("#attachments", "decision.pdf");
      List<WebElement> links = browser.driver().findElements(By.cssSelector(".attachment-link"));
      assertEquals(1, links.size(), "only the kept attachment has a link");
      assertEquals("recepisse.pdf", links.get(0).getText());
      List<WebElement> refused =
          browser.driver().findElements(By.cssSelector(".refused-attachment"));
      assertEquals(2, refused.size());
      assertTrue(refused.get(1).getText().contains("decision.pdf"), refused.get(1).getText());
      assertTrue(refused.get(1).getText().contains("tronquée"), refused.get(1).getText());
      browser.assertAccessible("message-truncated-attachment");
    }
  }
}
