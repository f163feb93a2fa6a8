package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Documents;
import fr.relais.it.support.Downloads;
import fr.relais.it.support.IdentityChecks;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.RecordingSmtpServer;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The canary test (F2, F4, S42, S45): a protected person's sealed data carry unique markers — her
 * address, phone and email, the name and content of a document mailed for her, a blocked person's
 * email. Then every flow runs: her file, lists and searches, messages and their attachments, the
 * access histories, the pages, error answers, as every role; the notifications the outbox sent; the
 * journal; the server's log file; the redirects. The markers appear nowhere but in the views the
 * access rule allows — her habilitated worker, under her mandate.
 */
class CanaryIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  @SuppressWarnings("unchecked")
  void theSealedMarkersAppearNowhereOutsideTheAuthorisedViews() throws Exception {
    String marker = "canari" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String street = "7 impasse " + marker + ", 31000 Toulouse";
    String email = marker + "@exemple.fr";
    String blockedEmail = "bloque." + marker + "@exemple.fr";
    String document = "Attestation d'hébergement " + marker;
    String fileName = "hebergement-" + marker + ".pdf";
    long before = Journal.maxSeq();
    int mailsBefore = TestEnvironment.mail().outgoing().received().size();

    WebClient admin = Logins.signedIn("admin.ccas");
    WebClient worker = Logins.signedIn("ts1.ccas"); // habilitated in the demonstration data
    WebClient colleague = Logins.signedIn("ts2.ccas"); // follows her, without the habilitation
    String volunteer = "benevole.canari." + UUID.randomUUID().toString().substring(0, 6);
    Members.join(admin, CCAS, "VOLUNTEER", false, volunteer);
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Canari");
    p.put("firstNames", "Scellée " + UUID.randomUUID().toString().substring(0, 6));
    p.put("birthDate", "1986-11-30");
    p.put("confirmDuplicate", true);
    p.put("protectedPerson", true);
    p.put("protectionReason", "DECLARED_VIOLENCE");
    p.put(
        "contact",
        Map.of(
            "email",
            email,
            "phone",
            "07 98 76 54 32",
            "postalAddress",
            street,
            "domiciledAtStructure",
            false));
    p.put(
        "assignTo",
        List.of(
            (String) json(worker.get(API + "/me")).get("accountId"),
            (String) json(colleague.get(API + "/me")).get("accountId")));
    HttpResponse<String> created = admin.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");
    Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("CHANGEMENT_ADRESSE"));
    // Where her life takes place, changed by her worker: sealed like her address.
    Map<String, Object> places = new HashMap<>();
    places.put("email", email);
    places.put("phone", "07 98 76 54 32");
    places.put("postalAddress", street);
    places.put("shelter", "Foyer " + marker);
    places.put("workplace", "Atelier " + marker);
    places.put("childrenSchool", "École " + marker);
    HttpResponse<String> moved =
        worker.json("PUT", API + "/persons/" + person + "/contact", places);
    assertEquals(200, moved.statusCode(), moved.body());
    // A complaint in her file: its title and its page sealed.
    HttpResponse<String> complaint =
        Documents.upload(
            worker,
            API + "/persons/" + person + "/documents",
            Map.of("type", "COMPLAINT", "title", "Plainte " + marker),
            "application/pdf",
            MailTraffic.pdf("Plainte " + marker));
    assertEquals(201, complaint.statusCode(), complaint.body());
    HttpResponse<String> note =
        worker.json(
            "POST",
            API + "/persons/" + person + "/notes",
            Map.of("text", "Il la cherche près de " + marker, "sensitive", true));
    assertEquals(201, note.statusCode(), note.body());
    String complaintVersion =
        (String) ((List<Map<String, Object>>) json(complaint).get("versions")).get(0).get("id");
    assertEquals(
        201,
        worker
            .json(
                "POST",
                API + "/persons/" + person + "/blocked-persons",
                Map.of("kind", "EMAIL", "value", blockedEmail))
            .statusCode());
    String address = MailTraffic.address(worker, person).address();
    TestEnvironment.mail()
        .deliver(
            MailTraffic.withAttachment(
                UUID.randomUUID() + "@anef.test",
                address,
                "Votre dossier",
                "Veuillez trouver le document ci-joint.",
                fileName,
                "application/pdf",
                MailTraffic.pdf(document)));
    String messageId = (String) MailTraffic.awaitMessages(worker, person, 1).get(0).get("id");
    Map<String, Object> message = json(worker.get(API + "/messages/" + messageId));
    String attachment =
        (String) ((List<Map<String, Object>>) message.get("attachments")).get(0).get("id");
    IdentityChecks.record(worker, person, "canari"); // D3: before an access link of hers
    WebClient her = PersonAccess.signedIn(worker, person, Logins.uniqueName("canari"));

    // The one authorised view: her habilitated worker, under her mandate.
    assertTrue(worker.get(API + "/persons/" + person).body().contains(street));

    // Everyone else, everywhere.
    Map<String, WebClient> actors = new LinkedHashMap<>();
    actors.put("administrator", admin);
    actors.put("colleague without habilitation", colleague);
    actors.put("volunteer", Logins.signedIn(volunteer));
    actors.put("other structure", Logins.signedIn("admin.asso"));
    actors.put("prefecture agent", Logins.signedIn("agent.prefecture"));
    actors.put("operator", Logins.signedIn("operateur"));
    actors.put("the person herself", her);
    actors.put("anonymous", new WebClient());
    List<String> urls =
        List.of(
            API + "/persons/" + person,
            API + "/persons/" + person + "/protection",
            API + "/persons/" + person + "/history?limit=200",
            API + "/persons/" + person + "/messages?limit=200",
            API + "/persons/" + person + "/blocked-persons",
            API + "/persons/" + person + "/mandates",
            API + "/persons/" + person + "/documents",
            API + "/persons/" + person + "/export.pdf",
            API + "/persons/" + person + "/notes",
            API + "/documents/versions/" + complaintVersion + "/content",
            API + "/messages/" + messageId,
            API + "/messages/" + messageId + "/attachments/" + attachment,
            API + "/structures/" + CCAS + "/persons?q=" + marker,
            API + "/structures/" + CCAS + "/persons?limit=200",
            API + "/structures/" + CCAS + "/persons/export.csv",
            API + "/structures/" + CCAS + "/inbox?limit=200",
            API + "/structures/" + CCAS + "/triage?limit=200",
            API + "/structures/" + CCAS + "/urgent-messages",
            API + "/persons/" + person + "/mail-address",
            API + "/persons/" + person + "/emergency-lock",
            API + "/quarantine",
            API + "/me/mailbox-counts",
            API + "/my-file",
            API + "/my-file/history?limit=200",
            API + "/me/reminders",
            API + "/persons/" + marker,
            Ports.base() + "/app/person.xhtml?id=" + person,
            Ports.base() + "/app/message.xhtml?id=" + messageId,
            Ports.base() + "/app/persons.xhtml",
            Ports.base() + "/app/inbox.xhtml",
            Ports.base() + "/app/home.xhtml",
            Ports.base() + "/app/my-file.xhtml",
            Ports.base() + "/app/my-history.xhtml");
    List<String> leaks = new ArrayList<>();
    for (Map.Entry<String, WebClient> actor : actors.entrySet()) {
      for (String url : urls) {
        HttpResponse<String> r = actor.getValue().get(url);
        String seen = r.body() + " " + r.headers().map();
        if (url.contains("q=" + marker) || url.endsWith("/persons/" + marker)) {
          // Her own search term may be echoed; nothing found with it may be.
          seen = seen.replace(marker, "");
        }
        if (leaks(seen, marker)) {
          leaks.add(actor.getKey() + " · " + url + " → " + r.statusCode());
        }
      }
    }
    // The authorised worker, on every screen and list except her file's contact and the document
    // itself.
    for (String url : urls) {
      if (url.endsWith("/persons/" + person)
          || url.contains("/attachments/")
          || url.contains("/documents")
          || url.endsWith("/notes")
          || url.endsWith("/export.pdf")
          || url.contains("q=" + marker)
          || url.endsWith("/persons/" + marker)
          || url.contains("person.xhtml")) {
        continue;
      }
      HttpResponse<String> r = worker.get(url);
      if (leaks(r.body() + " " + r.headers().map(), marker)) {
        leaks.add("authorised worker · " + url + " → " + r.statusCode());
      }
    }
    // A PDF's text is compressed: an export any actor could download is read as text.
    for (Map.Entry<String, WebClient> actor : actors.entrySet()) {
      if (actor.getKey().equals("anonymous")) {
        continue;
      }
      HttpResponse<byte[]> pdf =
          Downloads.bytes(actor.getValue(), API + "/persons/" + person + "/export.pdf");
      if (pdf.statusCode() == 200 && leaks(MailTraffic.pdfText(pdf.body()), marker)) {
        leaks.add(actor.getKey() + " · export.pdf");
      }
    }
    assertEquals(List.of(), leaks, "the markers leaked");

    // The notifications sent meanwhile (new message, reminders): content-free.
    List<RecordingSmtpServer.Received> mails = TestEnvironment.mail().outgoing().received();
    for (RecordingSmtpServer.Received m : mails.subList(mailsBefore, mails.size())) {
      assertFalse(leaks(m.raw(), marker), "a notification carries a marker: " + m.raw());
    }
    // The journal: categories and ids, never a value.
    Journal.awaitSealed();
    for (Journal.Row r : Journal.since(before)) {
      assertFalse(leaks(String.valueOf(r), marker), "a journal row carries a marker: " + r);
    }
    // The server's log file (the access log names every path asked for, never a query string).
    Path log = Path.of(System.getProperty("relais.server.dir"), "standalone/log/server.log");
    String logged =
        Files.readString(log, StandardCharsets.ISO_8859_1).replace("/persons/" + marker, "");
    assertFalse(leaks(logged, marker), "the server log carries a marker");
  }

  /** Whether a text holds the marker, in any case, or its URL-encoded form. */
  private static boolean leaks(String text, String marker) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(marker);
  }
}
