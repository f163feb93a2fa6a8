package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Documents;
import fr.relais.it.support.Downloads;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.WebClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * F4, S42: the caseload export (CSV) carries nothing sealed — not even for the member who may open
 * her sealed data in her file — and, without the protected-cases habilitation, a protected person's
 * name and that she is protected only; it covers exactly the list's audience, is sent as an
 * attachment, and is journaled. Other structures and anonymous callers are refused.
 */
class ExportIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  private static final String EXPORT = API + "/structures/" + CCAS + "/persons/export.csv";

  @Test
  void theCaseloadExportCarriesNothingSealed() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas"); // not habilitated
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String habName = "ts.export." + tag;
    String habId = Members.join(admin, CCAS, "SOCIAL_WORKER", true, habName);
    String volunteerName = "benevole.export." + tag;
    String volunteerId = Members.join(admin, CCAS, "VOLUNTEER", false, volunteerName);
    WebClient hab = Logins.signedIn(habName);

    String ordinaryPhone = "0645" + tag.replaceAll("[^0-9]", "1").substring(0, 6);
    String ordinary =
        person(
            admin,
            "Ordinaire" + tag,
            false,
            "0" + ordinaryPhone.substring(1),
            List.of(habId, volunteerId),
            null);
    String number = String.valueOf(7_100_000_000L + (long) (Math.random() * 899_999_999L));
    String sealedMail = "scelle." + tag + "@exemple.fr";
    String shielded =
        person(admin, "Protegee" + tag, true, "0699" + number.substring(4), List.of(habId), number);
    Mandates.active(hab, shielded, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    // She can open it in the file…
    assertTrue(hab.get(API + "/persons/" + shielded).body().contains("0699" + number.substring(4)));
    long before = Journal.maxSeq();

    // …never in an export.
    HttpResponse<String> forHab = hab.get(EXPORT);
    assertEquals(200, forHab.statusCode(), forHab.body());
    assertTrue(forHab.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(
        forHab.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    assertEquals("nosniff", forHab.headers().firstValue("X-Content-Type-Options").orElse(""));
    String csv = forHab.body();
    assertTrue(
        csv.startsWith("\uFEFFIdentifiant;Nom;"), csv.substring(0, Math.min(80, csv.length())));
    String shieldedLine = line(csv, shielded);
    assertTrue(
        shieldedLine.contains("Protegee" + tag) && shieldedLine.contains(number), shieldedLine);
    assertTrue(shieldedLine.contains("masqué"), shieldedLine);
    assertFalse(csv.contains("0699" + number.substring(4)), "her sealed phone");
    assertFalse(csv.contains(sealedMail), "her sealed email");
    assertTrue(line(csv, ordinary).contains("0" + ordinaryPhone.substring(1)), "an ordinary phone");
    assertTrue(
        csv.contains("Hébergement;Lieu de travail;École des enfants"), "the places' columns");

    // The administrator without the habilitation: her name and that she is protected.
    String forAdmin = admin.get(EXPORT).body();
    String restricted = line(forAdmin, shielded);
    assertFalse(restricted.contains(number) || restricted.contains("1988"), restricted);
    assertTrue(restricted.contains("Protegee" + tag) && restricted.contains(";oui;"), restricted);
    assertTrue(forAdmin.contains(ordinary));

    // The volunteer: her own caseload, never a protected person.
    String forVolunteer = Logins.signedIn(volunteerName).get(EXPORT).body();
    assertTrue(forVolunteer.contains(ordinary));
    assertFalse(forVolunteer.contains(shielded));

    // Refused: another structure (404, as an unknown or malformed structure: S40), nobody signed
    // in (401); nothing of hers in the answer.
    HttpResponse<String> other = Logins.signedIn("admin.asso").get(EXPORT);
    assertProblem(other, 404, null);
    assertFalse(other.body().contains(shielded));
    HttpResponse<String> malformed =
        hab.get(API + "/structures/pas-une-structure/persons/export.csv");
    assertProblem(malformed, 404, null);
    HttpResponse<String> anonymous =
        new WebClient().send(HttpRequest.newBuilder(URI.create(EXPORT)).GET());
    assertEquals(401, anonymous.statusCode());

    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "person.export".equals(r.action())
                        && habName.equals(r.actorSubject())
                        && "SUCCESS".equals(r.outcome())),
        "every export journaled");
    assertTrue(rows.stream().noneMatch(r -> String.valueOf(r.detail()).contains(number)));

    // The list's page offers it.
    String page = hab.get(Ports.base() + "/app/persons.xhtml").body();
    assertTrue(page.contains("id=\"export\"") && page.contains("/persons/export.csv"), page);
  }

  /**
   * F4: a person's file as a PDF — for the member who sees her file, with her sealed contact,
   * places and document titles only when that member may read them (each decryption journaled), «
   * masqué » otherwise; refused to who does not see her file; journaled about her; no name in the
   * file name.
   */
  @Test
  void aFileExportCarriesSealedDataOnlyForWhoMayReadIt() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas"); // not habilitated
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String habName = "ts.dossier." + tag;
    String habId = Members.join(admin, CCAS, "SOCIAL_WORKER", true, habName);
    WebClient hab = Logins.signedIn(habName);
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Dossier" + tag);
    p.put("firstNames", "Export");
    p.put("birthDate", "1984-02-29");
    p.put("confirmDuplicate", true);
    p.put("protectedPerson", true);
    p.put("protectionReason", "PROTECTION_ORDER");
    p.put("assignTo", List.of(habId));
    p.put("contact", Map.of("postalAddress", "RUESECRETE" + tag));
    HttpResponse<String> created = admin.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String shielded = (String) json(created).get("id");
    String pdfUrl = API + "/persons/" + shielded + "/export.pdf";

    // Habilitated, following her, no active mandate yet: « masqué », nothing decrypted.
    long before = Journal.maxSeq();
    HttpResponse<byte[]> masked = Downloads.bytes(hab, pdfUrl);
    assertEquals(200, masked.statusCode());
    String maskedText = MailTraffic.pdfText(masked.body());
    assertTrue(maskedText.contains("Dossier" + tag) && maskedText.contains("masqué"), maskedText);
    assertFalse(maskedText.contains("RUESECRETE"), "her address without the conditions");
    assertTrue(
        Journal.since(before).stream()
            .noneMatch(r -> "sealed.open".equals(r.action()) && habName.equals(r.actorSubject())),
        "nothing decrypted");

    // Under her mandate: her address, places and the complaint's title, each decryption journaled.
    Mandates.active(hab, shielded, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    Map<String, Object> places = new HashMap<>();
    places.put("postalAddress", "RUESECRETE" + tag);
    places.put("shelter", "FOYERSECRET" + tag);
    assertEquals(
        200, hab.json("PUT", API + "/persons/" + shielded + "/contact", places).statusCode());
    assertEquals(
        201,
        Documents.upload(
                hab,
                API + "/persons/" + shielded + "/documents",
                Map.of("type", "COMPLAINT", "title", "PLAINTESECRETE" + tag),
                "application/pdf",
                MailTraffic.pdf("Plainte"))
            .statusCode());
    assertEquals(
        201,
        hab.json(
                "POST",
                API + "/persons/" + shielded + "/notes",
                Map.of("text", "NOTESECRETE" + tag, "sensitive", true))
            .statusCode());
    before = Journal.maxSeq();
    HttpResponse<byte[]> full = Downloads.bytes(hab, pdfUrl);
    assertEquals(200, full.statusCode());
    assertEquals("application/pdf", full.headers().firstValue("Content-Type").orElse(""));
    String disposition = full.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("attachment; filename=\"dossier-"), disposition);
    assertFalse(disposition.contains(tag), "no name in the file name");
    assertEquals("nosniff", full.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("no-store", full.headers().firstValue("Cache-Control").orElse(""));
    String text = MailTraffic.pdfText(full.body());
    for (String marker : List.of("RUESECRETE", "FOYERSECRET", "PLAINTESECRETE", "NOTESECRETE")) {
      assertTrue(text.contains(marker + tag), marker + " in " + text);
    }
    assertTrue(text.contains("Ordonnance de protection") || text.contains("ordonnance"), text);
    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "person.export".equals(r.action())
                        && "pdf".equals(r.detail())
                        && shielded.equals(r.targetId())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r -> "sealed.open".equals(r.action()) && "contact (export)".equals(r.detail())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "sealed.open".equals(r.action())
                        && String.valueOf(r.detail()).startsWith("document titles (1")));
    assertTrue(
        rows.stream()
            .anyMatch(
                r -> "sealed.open".equals(r.action()) && "notes (1, export)".equals(r.detail())));
    for (Journal.Row r : rows) {
      assertFalse(String.valueOf(r.detail()).contains(tag), "no value journaled: " + r);
    }

    // Refused: the administrator without the habilitation (her name only, 403), another
    // structure and a member who does not follow her (404), nobody signed in (401).
    assertEquals(403, Downloads.bytes(admin, pdfUrl).statusCode());
    assertEquals(404, Downloads.bytes(Logins.signedIn("admin.asso"), pdfUrl).statusCode());
    assertEquals(404, Downloads.bytes(Logins.signedIn("ts2.ccas"), pdfUrl).statusCode());
    assertEquals(401, new WebClient().get(pdfUrl).statusCode());
    assertEquals(404, Downloads.bytes(hab, API + "/persons/pas-un-id/export.pdf").statusCode());

    // The file's page offers it.
    String page = hab.get(Ports.base() + "/app/person.xhtml?id=" + shielded).body();
    assertTrue(page.contains("id=\"export-file\"") && page.contains("/export.pdf"), page);
  }

  private static String person(
      WebClient admin,
      String last,
      boolean shielded,
      String phone,
      List<String> followers,
      String number)
      throws Exception {
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", last);
    p.put("firstNames", "Export");
    p.put("birthDate", "1988-11-0" + (shielded ? 3 : 4));
    p.put("confirmDuplicate", true);
    p.put("assignTo", followers);
    Map<String, Object> contact = new HashMap<>();
    contact.put("phone", phone);
    if (shielded) {
      p.put("protectedPerson", true);
      p.put("protectionReason", "DECLARED_VIOLENCE");
      p.put("foreignNationalNumber", number);
      contact.put("email", "scelle." + last.substring("Protegee".length()) + "@exemple.fr");
    }
    p.put("contact", contact);
    HttpResponse<String> r = admin.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, r.statusCode(), r.body());
    return (String) json(r).get("id");
  }

  private static String line(String csv, String id) {
    return csv.lines()
        .filter(l -> l.startsWith(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not exported"));
  }
}
