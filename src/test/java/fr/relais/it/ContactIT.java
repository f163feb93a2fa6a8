package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Rows;
import fr.relais.it.support.Structures;
import fr.relais.it.support.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person's contact and the places of her life (F2): changed by who may correct her file, refused
 * for anyone else and for bad values (nothing changed); found again by an exact email or phone
 * through keyed hashes only (S41); for a protected person, changed only under the decryption
 * conditions, sealed again at once (a new ciphertext under her data key), never found by a member
 * without the habilitation, never linked to one of her blocked persons' email or phone (F5), and
 * frozen under an emergency lock (F6). Journaled by part, never a value.
 */
class ContactIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final String LIST = API + "/structures/" + CCAS + "/persons";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  @SuppressWarnings("unchecked")
  void herWorkerChangesHerContactAndPlacesAndNobodyElseCan() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    String person = People.onCaseload(worker);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String digits = People.phoneDigits(tag);
    Map<String, Object> contact = new HashMap<>();
    contact.put("email", "Nouvelle." + tag + "@Exemple.fr");
    contact.put("phone", "06 " + digits.substring(0, 2) + " " + digits.substring(2) + " 12");
    contact.put("postalAddress", "3 rue des Tilleuls " + tag + ", 31000 Toulouse");
    contact.put("domiciledAtStructure", false);
    contact.put("shelter", "Résidence sociale " + tag);
    contact.put("workplace", "Boulangerie " + tag);
    contact.put("childrenSchool", "École Jean-Jaurès " + tag);
    long before = Journal.maxSeq();

    HttpResponse<String> changed = worker.json("PUT", contact(person), contact);
    assertEquals(200, changed.statusCode(), changed.body());
    Map<String, Object> shown = (Map<String, Object>) json(changed).get("contact");
    assertEquals("Résidence sociale " + tag, shown.get("shelter"));
    Map<String, Object> read = (Map<String, Object>) json(worker.get(file(person))).get("contact");
    assertEquals("Boulangerie " + tag, read.get("workplace"));
    assertEquals("École Jean-Jaurès " + tag, read.get("childrenSchool"));
    assertEquals("Nouvelle." + tag + "@Exemple.fr", read.get("email"));

    // Found again by an exact email or phone, however it is written — through keyed hashes only.
    assertTrue(search(worker, "nouvelle." + tag + "@exemple.FR").contains(person));
    String international = "+33 6" + digits.substring(0, 2) + digits.substring(2) + "12";
    assertTrue(search(worker, international).contains(person));
    assertTrue(search(admin, international).contains(person), "the administrator sees everyone");
    assertFalse(search(worker, "autre." + tag + "@exemple.fr").contains(person));
    Map<String, Object> row = contactRow(person);
    assertNotNull(row.get("email_fingerprint"));
    assertFalse(String.valueOf(row.get("email_fingerprint")).contains(tag));
    assertEquals(64, String.valueOf(row.get("phone_fingerprint")).length());

    // Refused: a member who does not follow her and another structure (404, as for a file that
    // does not exist), a volunteer who follows her (403), nobody signed in (401). Nothing changes.
    String volunteer = "benevole.coord." + tag;
    Members.volunteerAlongside(admin, worker, CCAS, person, volunteer);
    Map<String, Object> intrusion = Map.of("postalAddress", "Ailleurs " + tag);
    assertProblem(Logins.signedIn("ts2.ccas").json("PUT", contact(person), intrusion), 404, null);
    assertProblem(Logins.signedIn("admin.asso").json("PUT", contact(person), intrusion), 404, null);
    assertProblem(Logins.signedIn(volunteer).json("PUT", contact(person), intrusion), 403, null);
    assertProblem(new WebClient().json("PUT", contact(person), intrusion), 401, null);
    assertProblem(worker.json("PUT", API + "/persons/pas-un-id/contact", intrusion), 404, null);

    // Bad input, each named; nothing changes.
    assertProblem(
        worker.json("PUT", contact(person), Map.of("email", "pas-une-adresse")), 400, "email");
    assertProblem(
        worker.json("PUT", contact(person), Map.of("phone", "appelez-moi")), 400, "phone");
    assertProblem(
        worker.json("PUT", contact(person), Map.of("shelter", "x".repeat(301))), 400, "shelter");
    assertProblem(worker.json("PUT", contact(person), "{\"email\":"), 400, null);
    assertEquals(read, json(worker.get(file(person))).get("contact"), "nothing changed");

    // A part left empty is erased.
    HttpResponse<String> emptied =
        worker.json("PUT", contact(person), Map.of("email", "nouvelle." + tag + "@exemple.fr"));
    assertEquals(200, emptied.statusCode(), emptied.body());
    Map<String, Object> after = (Map<String, Object>) json(emptied).get("contact");
    assertNull(after.get("shelter"));
    assertNull(after.get("phone"));
    assertFalse(
        search(worker, international).contains(person), "the old phone no longer finds her");

    // Journaled: who changed which parts; refusals too; never a value.
    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "person.contact.change".equals(r.action())
                        && "SUCCESS".equals(r.outcome())
                        && person.equals(r.targetId())
                        && r.detail()
                            .equals(
                                "email, phone, postalAddress, shelter, workplace,"
                                    + " childrenSchool")),
        "the parts changed");
    assertTrue(Journal.has(rows, "person.contact.change", "REFUSED", volunteer));
    Journal.assertNoValue(rows, tag);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aProtectedPersonsPlacesStaySealedAndOnlyWhoMayReadThemChangesThem() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas"); // without the habilitation
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String habName = "ts.lieux." + tag;
    String habId = Members.join(admin, CCAS, "SOCIAL_WORKER", true, habName);
    WebClient hab = Logins.signedIn(habName);
    String digits = People.phoneDigits(tag);
    String phone = "07" + digits + "34";
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Lieux");
    p.put("firstNames", "Protégée " + tag);
    p.put("birthDate", "1990-06-21");
    p.put("confirmDuplicate", true);
    p.put("protectedPerson", true);
    p.put("protectionReason", "DECLARED_VIOLENCE");
    p.put("assignTo", List.of(habId));
    p.put("contact", Map.of("phone", phone));
    HttpResponse<String> created = admin.json("POST", LIST, p);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");
    String shelter = "FOYERSECRET" + tag;
    String workplace = "TRAVAILSECRET" + tag;
    String school = "ECOLESECRETE" + tag;
    Map<String, Object> places = new HashMap<>();
    places.put("phone", phone);
    places.put("shelter", shelter);
    places.put("workplace", workplace);
    places.put("childrenSchool", school);

    // Habilitated and following her, but no active mandate yet: she may not read them, so she may
    // not change them (F2).
    assertProblem(hab.json("PUT", contact(person), places), 403, null);
    // The administrator without the habilitation sees her name only (F1).
    assertProblem(admin.json("PUT", contact(person), places), 403, null);

    Mandates.active(hab, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    byte[] sealedBefore = (byte[]) contactRow(person).get("sealed_content");
    long before = Journal.maxSeq();
    HttpResponse<String> changed = hab.json("PUT", contact(person), places);
    assertEquals(200, changed.statusCode(), changed.body());
    Map<String, Object> read = (Map<String, Object>) json(hab.get(file(person))).get("contact");
    assertEquals(shelter, read.get("shelter"));
    assertEquals(workplace, read.get("workplace"));
    assertEquals(school, read.get("childrenSchool"));
    assertEquals(phone, read.get("phone"));

    // At rest: sealed again (a new ciphertext); no clear column, no clear byte.
    Map<String, Object> row = contactRow(person);
    for (String column :
        List.of("email", "phone", "postal_address", "shelter", "workplace", "children_school")) {
      assertNull(row.get(column), column + " in clear");
    }
    byte[] sealed = (byte[]) row.get("sealed_content");
    assertFalse(Arrays.equals(sealedBefore, sealed), "a new ciphertext");
    String raw = new String(sealed, StandardCharsets.ISO_8859_1);
    for (String marker : List.of(shelter, workplace, school, phone)) {
      assertFalse(raw.contains(marker), "clear bytes: " + marker);
    }

    // The administrator: « masqué », never a value, and her phone never finds her.
    Map<String, Object> forAdmin = json(admin.get(file(person)));
    assertEquals(true, forAdmin.get("restricted"));
    String adminBody = admin.get(file(person)).body();
    for (String marker : List.of(shelter, workplace, school, phone)) {
      assertFalse(adminBody.contains(marker), "sealed for the administrator: " + marker);
    }
    assertFalse(search(admin, phone).contains(person), "not found by a sealed value");
    assertTrue(search(hab, phone).contains(person), "found by who may open her file");
    HttpResponse<String> inBody = hab.json("POST", LIST + "/search", Map.of("q", phone));
    assertEquals(200, inBody.statusCode(), inBody.body());
    assertTrue(inBody.body().contains(person), "the search in a body, never in a URL (S42)");
    assertFalse(admin.json("POST", LIST + "/search", Map.of("q", phone)).body().contains(person));
    // S42: the access log names paths, never a query string: the phone searched is not logged.
    java.nio.file.Path log =
        java.nio.file.Path.of(System.getProperty("relais.server.dir"), "standalone/log/server.log");
    assertFalse(java.nio.file.Files.readString(log, StandardCharsets.ISO_8859_1).contains(phone));

    // F5: one of her blocked persons' email or phone gets the very answer of a value that cannot
    // exist, nothing changes, her followers are alerted.
    String blockedMail = "agresseur." + tag + "@exemple.fr";
    assertEquals(
        201,
        admin
            .json(
                "POST",
                file(person) + "/blocked-persons",
                Map.of("kind", "EMAIL", "value", blockedMail))
            .statusCode());
    Map<String, Object> withBlocked = new HashMap<>(places);
    withBlocked.put("email", blockedMail.toUpperCase());
    HttpResponse<String> blocked = hab.json("PUT", contact(person), withBlocked);
    assertProblem(blocked, 400, "email");
    Map<String, Object> malformed = new HashMap<>(places);
    malformed.put("email", "pas-une-adresse");
    assertEquals(
        withoutRequestId(hab.json("PUT", contact(person), malformed)),
        withoutRequestId(blocked),
        "the same answer as for an address that cannot exist");
    assertEquals(read, json(hab.get(file(person))).get("contact"), "nothing changed");
    assertTrue(hab.get(API + "/me/reminders").body().contains("BLOCKED_PERSON_ATTEMPT"));

    // F6: under an emergency lock her contact data is frozen.
    assertEquals(
        200, hab.json("POST", file(person) + "/emergency-lock", "").statusCode(), "locked");
    Map<String, Object> moved = new HashMap<>(places);
    moved.put("shelter", "Autre foyer " + tag);
    assertProblem(hab.json("PUT", contact(person), moved), 409, "emergencyLock");
    assertEquals(read, json(hab.get(file(person))).get("contact"), "nothing changed");

    // Journaled: the change by part, the old value's decryption, the refusals; never a value.
    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "person.contact.change".equals(r.action())
                        && "SUCCESS".equals(r.outcome())
                        && "shelter, workplace, childrenSchool".equals(r.detail())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r -> "sealed.open".equals(r.action()) && "contact (change)".equals(r.detail())));
    assertTrue(Journal.hasDetail(rows, "person.contact.change", "BLOCKED_EMAIL"));
    assertTrue(Journal.hasDetail(rows, "person.contact.change", "EMERGENCY_LOCK"));
    Journal.assertNoValue(rows, tag, phone);
  }

  @Test
  void theFormOnHerFileChangesHerPlaces() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = Browser.start()) {
      browser.signInAsStaff("ts1.ccas");
      browser.open(Ports.base() + "/app/person.xhtml?id=" + person);
      browser.awaitText("#shelter", "non renseigné");
      browser.click("#contact-form summary");
      browser.assertAccessible("person-contact-form");
      browser.type("#contact-form\\:shelter", "Centre d'hébergement " + tag);
      browser.type("#contact-form\\:childrenSchool", "Collège Pasteur " + tag);
      browser.type("#contact-form\\:email", "formulaire." + tag + "@exemple.fr");
      browser.type("#contact-form\\:phone", "appelez-moi");
      browser.click("#contact-form\\:save-contact");
      browser.awaitText("#messages", "Téléphone");
      browser.assertAccessible("person-contact-refused");
      browser.click("#contact-form summary");
      browser.type("#contact-form\\:phone", "05 61 00 00 00");
      browser.click("#contact-form\\:save-contact");
      browser.awaitText("#messages", "Coordonnées enregistrées");
      browser.awaitText("#shelter", "Centre d'hébergement " + tag);
      browser.awaitText("#childrenSchool", "Collège Pasteur " + tag);
      browser.assertAccessible("person-contact-saved");
    }
    assertTrue(
        worker.get(file(person)).body().contains("formulaire." + tag + "@exemple.fr"),
        "saved through the application layer");
  }

  private static String file(String person) {
    return API + "/persons/" + person;
  }

  private static String contact(String person) {
    return file(person) + "/contact";
  }

  private static String search(WebClient w, String q) throws Exception {
    HttpResponse<String> r =
        w.get(LIST + "?limit=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private static Map<String, Object> contactRow(String person) throws Exception {
    return Rows.one("person_contact", "person_id", UUID.fromString(person));
  }
}
