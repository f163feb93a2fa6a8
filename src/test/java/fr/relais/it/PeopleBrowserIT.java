package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.relais.it.support.Browser;
import fr.relais.it.support.Ports;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The structure screens in headless Chromium: a social worker's caseload (search, pages), a new
 * person with the duplicate warning, the person's file and a mandate from creation to revocation
 * (consent scan uploaded, on-behalf check allowed then refused); an administrator's members page
 * (invitation link) and the change of who follows a person. Every page state passes axe-core.
 */
class PeopleBrowserIT extends RelaisIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  private Browser browser;

  @BeforeEach
  void open() {
    browser = Browser.start();
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private void setDate(String css, LocalDate date) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", browser.find(css), date.toString());
  }

  /** Brings a part of the page into view, so that the screenshot kept with the check shows it. */
  private void show(String css) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.find(css));
  }

  private void select(String css, String value) {
    new Select(browser.find(css)).selectByValue(value);
  }

  /** A name of letters only, different on every run, so that no earlier record gets in the way. */
  private static String uniqueName(String prefix) {
    Random random = new Random();
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < 6; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }

  private void fillNewPerson(String lastName, String firstNames, LocalDate birth) {
    browser.type("#create\\:lastName", lastName);
    browser.type("#create\\:firstNames", firstNames);
    setDate("#create\\:birthDate", birth);
    browser.type("#create\\:birthPlace", "Abidjan");
    browser.type("#create\\:nationality", "ivoirienne");
    WebElement domiciled = browser.find("#create\\:domiciled");
    if (!domiciled.isSelected()) {
      domiciled.click();
    }
  }

  /** Ticks the checkbox whose label starts with {@code text}. */
  private void tick(String formId, String text) {
    WebElement label =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//form[@id='"
                        + formId
                        + "']//label[starts-with(normalize-space(.), '"
                        + text
                        + "')]"));
    WebElement box = browser.driver().findElement(By.id(label.getAttribute("for")));
    if (!box.isSelected()) {
      box.click();
    }
  }

  /** The row index of a member in the members table. */
  private int memberRow(String name) {
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#members tbody tr"));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().startsWith(name)) {
        return i;
      }
    }
    throw new AssertionError(name + " not in the members table");
  }

  /** Opens a member's row, switches their protected-cases habilitation and saves. */
  private void toggleProtectedCases(String name) {
    int row = memberRow(name);
    browser.click("#members tbody tr:nth-child(" + (row + 1) + ") summary");
    browser.click("#members\\:" + row + "\\:edit\\:protectedCases");
    show("#members");
    browser.assertAccessible("members-edit-open");
    browser.click("#members\\:" + row + "\\:edit\\:save");
  }

  private static Path signedScan() throws Exception {
    Path file = Files.createTempFile("consentement-signe-", ".pdf");
    try (OutputStream out = Files.newOutputStream(file)) {
      Document document = new Document();
      PdfWriter.getInstance(document, out);
      document.open();
      document.add(new Paragraph("Consentement signé — scan de test"));
      document.close();
    }
    file.toFile().deleteOnExit();
    return file;
  }

  @Test
  void aSocialWorkerFindsPeopleRecordsOneAndActsUnderAMandate() throws Exception {
    browser.signInAsStaff("ts1.ccas");
    browser.click("#nav-persons");
    browser.awaitUrl(Ports.base() + "/app/persons.xhtml");
    assertEquals("Relais — personnes accompagnées", browser.title());
    browser.awaitText("#caseload-heading", "Mon portefeuille");
    assertFalse(browser.find("#rows").getText().isBlank());
    browser.assertAccessible("persons-social-worker");

    // Keyset pages: the next one, then back to the first.
    String firstRow = browser.find("#rows tbody tr").getText();
    browser.click("#next");
    browser.awaitUrl(Ports.base() + "/app/persons.xhtml?after=");
    browser.find("#first");
    assertFalse(firstRow.equals(browser.find("#rows tbody tr").getText()), "another page");
    browser.assertAccessible("persons-next-page");
    browser.click("#first");
    browser.awaitText("#rows tbody tr", firstRow);

    // Search by name prefix.
    browser.type("#q", "toure");
    browser.click("#search");
    browser.awaitText("#rows caption", "Résultats de la recherche");
    for (WebElement row : browser.driver().findElements(By.cssSelector("#rows tbody tr"))) {
      assertTrue(row.getText().contains("Touré"), row.getText());
    }
    browser.assertAccessible("persons-search");

    // A new person: refused without a last name, then recorded.
    String lastName = uniqueName("Kouassi");
    LocalDate birth = TODAY.minusYears(30).minusDays(new Random().nextInt(3000));
    browser.click("#nav-persons");
    fillNewPerson("", "Aya Marie", birth);
    browser.click("#create\\:submit");
    browser.awaitText("#messages", "Nom de famille");
    browser.click("#to-create");
    browser.assertAccessible("persons-create-refused");
    browser.type("#create\\:lastName", lastName);
    browser.click("#create\\:submit");
    browser.awaitUrl(Ports.base() + "/app/person.xhtml?id=");
    browser.awaitText("#messages", "Personne enregistrée");
    browser.awaitText("#person-heading", "Aya Marie " + lastName);
    browser.awaitText("#followers", "Julien Petit");
    String firstFile = browser.driver().getCurrentUrl();

    // The same identity again: warned, with a link to the similar file; confirmed, recorded.
    browser.click("#nav-persons");
    fillNewPerson(lastName, "Aya Marie", birth);
    browser.click("#create\\:submit");
    browser.awaitText("#create\\:duplicate", "Dossier peut-être déjà ouvert");
    show("#create\\:duplicate");
    String similar =
        browser.find("#create\\:duplicate a").getAttribute("href").replaceAll(".*id=", "");
    assertTrue(firstFile.endsWith(similar), firstFile + " / " + similar);
    browser.assertAccessible("persons-duplicate-warning");
    browser.click("#create\\:confirmDuplicate");
    browser.click("#create\\:submit");
    browser.awaitUrl(Ports.base() + "/app/person.xhtml?id=");
    browser.awaitText("#messages", "Personne enregistrée");
    assertFalse(browser.driver().getCurrentUrl().equals(firstFile), "a second file");
    browser.assertAccessible("person-social-worker");
    browser.click("#tab-mandates");
    browser.find("#no-mandate");
    show("#mandates-heading");
    browser.assertAccessible("person-mandates-tab");

    // A mandate with one scope, on its own page: awaiting the signed consent, then active.
    browser.click("#new-mandate");
    browser.awaitUrl(Ports.base() + "/app/new-mandate.xhtml?id=");
    browser.assertAccessible("new-mandate");
    setDate("#mandate\\:startsOn", TODAY);
    setDate("#mandate\\:endsOn", TODAY.plusMonths(6));
    browser.click("input[data-code='ETUDIANT_PREMIERE']");
    browser.click("#mandate\\:submit");
    browser.awaitUrl(Ports.base() + "/app/person.xhtml?");
    browser.awaitText("#messages", "créé");
    browser.awaitText("#mandates\\:0\\:status", "En attente du consentement signé");
    assertTrue(
        browser
            .find(".consent-link")
            .getAttribute("href")
            .matches(".*/api/v1/mandates/[0-9a-f-]{36}/consent-document"));
    show("#mandates-heading");
    browser.assertAccessible("person-mandate-created");

    browser
        .find("#mandates\\:0\\:evidenceForm\\:file")
        .sendKeys(signedScan().toAbsolutePath().toString());
    browser.click("#mandates\\:0\\:evidenceForm\\:attach");
    browser.awaitText("#messages", "Consentement signé joint");
    browser.awaitText("#mandates\\:0\\:status", "Actif");
    show("#mandates-heading");
    browser.assertAccessible("person-mandate-active");

    // Acting for the person: allowed for the scope, refused for another procedure.
    select("#onBehalf\\:procedure", "ETUDIANT_PREMIERE");
    browser.click("#onBehalf\\:check");
    browser.awaitText("#onbehalf-result", "Autorisé par le mandat RLS-");
    select("#onBehalf\\:procedure", "TALENT_PREMIERE");
    browser.click("#onBehalf\\:check");
    browser.awaitText("#onbehalf-result", "Refusé");
    show("#onbehalf-heading");
    browser.assertAccessible("person-on-behalf-refused");

    // Revocation of the whole mandate, with a reason.
    browser.type("#mandates\\:0\\:revokeForm\\:reason", "Demande de la personne");
    browser.click("#mandates\\:0\\:revokeForm\\:revoke");
    browser.awaitText("#messages", "révoqué");
    browser.awaitText("#mandates\\:0\\:status", "Révoqué");
    show("#mandates-heading");
    browser.assertAccessible("person-mandate-revoked");
    select("#onBehalf\\:procedure", "ETUDIANT_PREMIERE");
    browser.click("#onBehalf\\:check");
    browser.awaitText("#onbehalf-result", "Refusé");

    // Someone else's file, or the members page, are not there for a social worker.
    browser.open(Ports.base() + "/app/person.xhtml?id=" + java.util.UUID.randomUUID());
    browser.awaitText("h1", "Cette page n'est pas disponible");
    browser.open(Ports.base() + "/app/members.xhtml");
    browser.awaitText("h1", "Cette page n'est pas disponible");
    assertTrue(browser.driver().findElements(By.id("nav-members")).isEmpty());
  }

  @Test
  void anAdministratorInvitesAMemberAndChangesWhoFollowsAPerson() {
    browser.signInAsStaff("admin.ccas");
    browser.find("#go-caseload");
    browser.assertAccessible("home-administrator");

    browser.click("#nav-members");
    browser.awaitUrl(Ports.base() + "/app/members.xhtml");
    assertEquals("Relais — membres", browser.title());
    browser.awaitText("#members", "Julien Petit");
    browser.assertAccessible("members");

    select("#invite\\:role", "SOCIAL_WORKER");
    browser.click("#invite\\:identityChecker");
    browser.click("#invite\\:submit");
    browser.awaitText("#messages", "Invitation créée");
    assertTrue(
        browser
            .find("#invitation-link")
            .getAttribute("value")
            .startsWith(Ports.base() + "/invitation.xhtml?token="));
    browser.awaitText("#invitations\\:pending", "Vérification d'identité");
    show("#invite-heading");
    browser.assertAccessible("members-invited");
    browser.click("#invitations\\:pending\\:0\\:revoke");
    browser.awaitText("#messages", "Invitation annulée");

    // A member's habilitations, changed in their row, then set back.
    toggleProtectedCases("Awa Diallo");
    browser.awaitText("#messages", "Membre mis à jour : Awa Diallo");
    browser.awaitText(
        "#members tbody tr:nth-child(" + (memberRow("Awa Diallo") + 1) + ")", "Dossiers protégés");
    toggleProtectedCases("Awa Diallo");
    browser.awaitText("#messages", "Membre mis à jour : Awa Diallo");

    // A person recorded by the administrator for a social worker, then followed by two.
    browser.click("#nav-persons");
    browser.awaitText("#caseload-heading", "Toutes les personnes");
    String lastName = uniqueName("Mensah");
    fillNewPerson(lastName, "Kofi", TODAY.minusYears(41));
    tick("create", "Julien Petit");
    browser.click("#create\\:submit");
    browser.awaitUrl(Ports.base() + "/app/person.xhtml?id=");
    browser.awaitText("#followers", "Julien Petit");
    browser.assertAccessible("person-administrator");

    tick("assign", "Awa Diallo");
    browser.click("#assign\\:submit");
    browser.awaitText("#messages", "Suivi mis à jour");
    browser.awaitText("#followers", "Awa Diallo");
    browser.awaitText("#followers", "Julien Petit");
    show("#followers-heading");
    browser.assertAccessible("person-followers-changed");
  }
}
