package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Downloads;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Ports;
import fr.relais.it.support.RecordingSmtpServer;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The structure's mailbox (A2, A5), through the real server, GreenMail's IMAP catch-all mailbox and
 * a recording SMTP server: mail to a person's sub-address is filed in her record in both address
 * forms, with its attachments checked (S60); retired and unknown tokens go to triage or quarantine;
 * a message delivered twice is filed once; difficult mail (encoded French headers and names, an
 * executable in disguise, a 30 MB attachment, HTML with scripts and remote images, broken MIME) is
 * handled as designed; every mail the server sends says nothing (S42); bad input changes nothing
 * (S71). Urgency on the shared clock: {@link MailboxUrgencyIT}.
 */
class MailboxIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;

  @SuppressWarnings("unchecked")
  private static Map<String, Object> open(WebClient web, String messageId) throws Exception {
    HttpResponse<String> r = web.get(API + "/messages/" + messageId);
    assertEquals(200, r.statusCode(), r.body());
    return json(r);
  }

  @Test
  @SuppressWarnings("unchecked")
  void mailToASubAddressIsFiledInTheRecordWithItsAttachmentInBothForms() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Courrier");
    assertTrue(p.address().matches("s-[a-z2-9]{8}\\+[a-z2-9]{12}@relais\\.test"), p.address());
    assertFalse(p.address().toLowerCase().contains("courrier"), "no name in the address");
    long before = Journal.maxSeq();

    byte[] pdf = MailTraffic.pdf("recepisse");
    TestEnvironment.mail()
        .deliver(
            MailTraffic.withAttachment(
                UUID.randomUUID() + "@anef.test",
                p.address(),
                "Votre récépissé",
                "Veuillez trouver votre récépissé ci-joint.",
                "recepisse.pdf",
                "application/pdf",
                pdf));
    // The plain form, as a mail system may rewrite it: quoted name, upper case.
    String plain = "\"Prefecture 47\" <" + p.token().toUpperCase() + "@RELAIS.TEST>";
    TestEnvironment.mail()
        .deliver(MailTraffic.message(plain, "Information", "Les horaires changent."));
    List<Map<String, Object>> messages = MailTraffic.awaitMessages(worker, p.id(), 2);
    Map<String, Object> withPdf =
        messages.stream()
            .filter(m -> "Votre récépissé".equals(m.get("subject")))
            .findFirst()
            .orElseThrow();
    assertEquals(Boolean.FALSE, withPdf.get("read"));
    assertEquals(1L, ((Number) withPdf.get("attachmentCount")).longValue());

    Map<String, Object> opened = open(worker, (String) withPdf.get("id"));
    assertEquals(
        "Veuillez trouver votre récépissé ci-joint.", ((String) opened.get("text")).trim());
    List<Map<String, Object>> attachments = (List<Map<String, Object>>) opened.get("attachments");
    assertEquals("KEPT", attachments.get(0).get("status"));
    assertEquals("application/pdf", attachments.get(0).get("mediaType"));
    assertEquals(Boolean.TRUE, attachments.get(0).get("openable"));
    HttpResponse<byte[]> download =
        Downloads.bytes(
            worker,
            API
                + "/messages/"
                + withPdf.get("id")
                + "/attachments/"
                + attachments.get(0).get("id"));
    assertEquals(200, download.statusCode());
    MailTraffic.assertSamePdfWithoutMetadata(pdf, download.body());
    assertTrue(
        download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));

    // Now read; the structure's inbox shows both.
    Map<String, Object> again =
        MailTraffic.awaitMessages(worker, p.id(), 2).stream()
            .filter(m -> m.get("id").equals(withPdf.get("id")))
            .findFirst()
            .orElseThrow();
    assertEquals(Boolean.TRUE, again.get("read"));
    HttpResponse<String> inbox = worker.get(API + "/structures/" + CCAS + "/inbox?limit=200");
    assertEquals(200, inbox.statusCode(), inbox.body());
    assertTrue(inbox.body().contains((String) withPdf.get("id")));

    // S50: the filing and every opening are journaled, naming the person, never the content.
    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
                .filter(r -> r.action().equals("message.file") && p.id().equals(r.targetId()))
                .count()
            >= 2);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("message.view")
                        && "ts1.ccas".equals(r.actorSubject())
                        && p.id().equals(r.targetId())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("message.attachment.download")
                        && p.id().equals(r.targetId())));
    assertTrue(rows.stream().noneMatch(r -> String.valueOf(r.detail()).contains("récépissé")));
    MailTraffic.awaitInboxDrained();
    assertTrue(TestEnvironment.mail().count("Relais-traites") >= 2, "moved once filed");
  }

  @Test
  @SuppressWarnings("unchecked")
  void retiredAndUnknownTokensAreHeldAndTheSameMessageTwiceIsFiledOnce() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Rotation");

    // The same message (same Message-ID) delivered twice: filed once.
    String twice = MailTraffic.message(p.address(), "Accusé de réception", "Demande enregistrée.");
    TestEnvironment.mail().deliver(twice);
    TestEnvironment.mail().deliver(twice);
    MailTraffic.awaitMessages(worker, p.id(), 1);
    MailTraffic.awaitInboxDrained();
    assertEquals(1, MailTraffic.awaitMessages(worker, p.id(), 1).size(), "filed once");

    // The address leaked: rotated; mail to the old one is held for the administrator.
    HttpResponse<String> rotated =
        worker.json("POST", API + "/persons/" + p.id() + "/mail-address/rotation", "");
    assertEquals(200, rotated.statusCode(), rotated.body());
    String fresh = (String) json(rotated).get("address");
    assertFalse(fresh.equals(p.address()));
    assertTrue(rotated.body().contains(p.address()), "the retired address is listed");
    String subject = "Message vers une adresse retirée " + UUID.randomUUID();
    TestEnvironment.mail().deliver(MailTraffic.message(p.address(), subject, "Contenu."));
    String unknownSubject = "Jeton inconnu " + UUID.randomUUID();
    TestEnvironment.mail()
        .deliver(
            MailTraffic.message(
                p.structureLocalPart() + "+zzzzzzzzzzzz@relais.test", unknownSubject, "Contenu."));
    long quarantinedBefore = quarantineCount();
    TestEnvironment.mail()
        .deliver(MailTraffic.message("kkkkkkkkkkkk@relais.test", "Nulle part", "Contenu."));
    MailTraffic.awaitInboxDrained();

    HttpResponse<String> triage = admin.get(API + "/structures/" + CCAS + "/triage?limit=200");
    assertEquals(200, triage.statusCode(), triage.body());
    List<Map<String, Object>> items = (List<Map<String, Object>>) json(triage).get("items");
    Map<String, Object> retired =
        items.stream().filter(i -> subject.equals(i.get("subject"))).findFirst().orElseThrow();
    assertEquals("RETIRED_TOKEN", retired.get("reason"));
    assertEquals(
        "UNKNOWN_TOKEN",
        items.stream()
            .filter(i -> unknownSubject.equals(i.get("subject")))
            .findFirst()
            .orElseThrow()
            .get("reason"));
    assertEquals(1, MailTraffic.awaitMessages(worker, p.id(), 1).size(), "never filed");
    assertEquals(quarantinedBefore + 1, quarantineCount(), "nobody could be told");

    // Triage is the administrator's: a social worker gets 403, the message 404.
    assertEquals(403, worker.get(API + "/structures/" + CCAS + "/triage").statusCode());
    assertEquals(404, worker.get(API + "/messages/" + retired.get("id")).statusCode());
    // The administrator files it into the record; then it is the worker's to read.
    HttpResponse<String> filed =
        admin.json(
            "POST", API + "/messages/" + retired.get("id") + "/filing", Map.of("personId", p.id()));
    assertEquals(200, filed.statusCode(), filed.body());
    assertEquals(2, MailTraffic.awaitMessages(worker, p.id(), 2).size());
    Map<String, Object> unknown =
        items.stream()
            .filter(i -> unknownSubject.equals(i.get("subject")))
            .findFirst()
            .orElseThrow();
    assertEquals(
        204,
        admin.json("POST", API + "/messages/" + unknown.get("id") + "/discard", "").statusCode());
    assertEquals(
        404,
        admin.get(API + "/messages/" + unknown.get("id")).statusCode(),
        "discarded, kept, not shown");
  }

  private static long quarantineCount() throws Exception {
    HttpResponse<String> q = Logins.signedIn("operateur").get(API + "/quarantine");
    assertEquals(200, q.statusCode(), q.body());
    assertFalse(q.body().contains("Contenu"), "the operator sees no body (S13)");
    return ((Number) json(q).get("count")).longValue();
  }

  @Test
  @SuppressWarnings("unchecked")
  void difficultMailIsHandledAsDesigned() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Difficile");
    String boundary = "b-" + UUID.randomUUID();

    // RFC 2047 headers, an RFC 2231 name, an executable renamed .pdf, HTML with a script and a
    // remote image beside the text.
    byte[] exe = new byte[2048];
    exe[0] = 'M';
    exe[1] = 'Z';
    String encoded =
        "Message-ID: <"
            + UUID.randomUUID()
            + "@anef.test>\r\n"
            + "From: =?UTF-8?Q?Pr=C3=A9fecture_de_Lot-et-Garonne?= <pref@lot-et-garonne.gouv.fr>\r\n"
            + "To: "
            + p.address()
            + "\r\n"
            + "Subject: =?UTF-8?Q?Demande_de_pi=C3=A8ces_compl=C3=A9mentaires?=\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\""
            + boundary
            + "\"\r\n\r\n"
            + "--"
            + boundary
            + "\r\n"
            + "Content-Type: multipart/alternative; boundary=\"alt-"
            + boundary
            + "\"\r\n\r\n"
            + "--alt-"
            + boundary
            + "\r\n"
            + "Content-Type: text/html; charset=UTF-8\r\n\r\n"
            + "<p onclick=\"steal()\">Bonjour</p><script>alert(1)</script>"
            + "<img src=\"http://traceur.example/p.gif\"><a href=\"javascript:alert(2)\">x</a>\r\n"
            + "--alt-"
            + boundary
            + "--\r\n"
            + "--"
            + boundary
            + "\r\n"
            + "Content-Type: application/pdf\r\n"
            + "Content-Disposition: attachment; filename*=UTF-8''r%C3%A9c%C3%A9piss%C3%A9.pdf\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n"
            + java.util.Base64.getMimeEncoder().encodeToString(exe)
            + "\r\n"
            + "--"
            + boundary
            + "--\r\n";
    TestEnvironment.mail().deliver(encoded);
    Map<String, Object> summary = MailTraffic.awaitMessages(worker, p.id(), 1).get(0);
    assertEquals("Demande de pièces complémentaires", summary.get("subject"));
    assertTrue(((String) summary.get("sender")).startsWith("Préfecture de Lot-et-Garonne"));
    Map<String, Object> opened = open(worker, (String) summary.get("id"));
    String html = (String) opened.get("html");
    assertNotNull(html);
    assertTrue(html.contains("Bonjour"), html);
    for (String gone : List.of("<script", "alert", "onclick", "<img", "traceur", "javascript:")) {
      assertFalse(html.contains(gone), "sanitised: " + gone + " in " + html);
    }
    Map<String, Object> att = ((List<Map<String, Object>>) opened.get("attachments")).get(0);
    assertEquals("récépissé.pdf", att.get("fileName"));
    assertEquals("REFUSED", att.get("status"));
    assertEquals("UNSUPPORTED_TYPE", att.get("refusal"));
    assertEquals(Boolean.FALSE, att.get("openable"), "refused: nothing to open (S60)");
    assertEquals(
        404,
        worker
            .get(API + "/messages/" + summary.get("id") + "/attachments/" + att.get("id"))
            .statusCode());

    // A 30 MB attachment: refused as too large, the message itself filed.
    byte[] big = new byte[30 * 1024 * 1024];
    System.arraycopy(MailTraffic.pdf("gros"), 0, big, 0, 20);
    TestEnvironment.mail()
        .deliver(
            MailTraffic.withAttachment(
                UUID.randomUUID() + "@anef.test",
                p.address(),
                "Gros fichier",
                "Voir pièce.",
                "dossier.pdf",
                "application/pdf",
                big));
    Map<String, Object> large =
        MailTraffic.awaitMessages(worker, p.id(), 2).stream()
            .filter(m -> "Gros fichier".equals(m.get("subject")))
            .findFirst()
            .orElseThrow();
    Map<String, Object> largeAtt =
        ((List<Map<String, Object>>) open(worker, (String) large.get("id")).get("attachments"))
            .get(0);
    assertEquals("REFUSED", largeAtt.get("status"));
    assertEquals("TOO_LARGE", largeAtt.get("refusal"));
    assertEquals(Boolean.FALSE, largeAtt.get("openable"));

    // Broken MIME: a multipart whose boundary never comes. Nothing crashes, nothing is lost: it is
    // held for the administrator, with the reason.
    String broken =
        "Message-ID: <"
            + UUID.randomUUID()
            + "@anef.test>\r\n"
            + "To: "
            + p.address()
            + "\r\n"
            + "Subject: Illisible\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"jamais-vue\"\r\n\r\n"
            + "du texte sans aucune partie\r\n";
    TestEnvironment.mail().deliver(broken);
    MailTraffic.awaitInboxDrained();
    HttpResponse<String> triage = admin.get(API + "/structures/" + CCAS + "/triage?limit=200");
    Map<String, Object> malformed =
        ((List<Map<String, Object>>) json(triage).get("items"))
            .stream().filter(i -> "Illisible".equals(i.get("subject"))).findFirst().orElseThrow();
    assertEquals("MALFORMED", malformed.get("reason"));
  }

  @Test
  void everyMailTheServerSendsSaysNothing() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Discretion");
    HttpResponse<String> person = worker.get(API + "/persons/" + p.id());
    String firstNames = (String) json(person).get("firstNames");
    String subject = "Convocation en préfecture " + UUID.randomUUID();
    String body =
        "Vous êtes convoquée le 3 février 2027 à 9h30, guichet 4, au sujet de votre titre.";
    int before = TestEnvironment.mail().outgoing().received().size();
    TestEnvironment.mail().deliver(MailTraffic.message(p.address(), subject, body));
    MailTraffic.awaitMessages(worker, p.id(), 1);
    List<RecordingSmtpServer.Received> mails =
        awaitOutgoing(before, "ts1.ccas@membres.relais.localhost");
    assertFalse(mails.isEmpty(), "the follower is told");
    // S45: nothing goes back to the administration's sender, to the person's sub-address or to
    // any address of the inbound domain; notices go to members' professional addresses only.
    List<RecordingSmtpServer.Received> all = TestEnvironment.mail().outgoing().received();
    for (RecordingSmtpServer.Received mail : all.subList(before, all.size())) {
      for (String to : mail.recipients()) {
        assertFalse(to.toLowerCase().contains("anef.interieur"), "S45: mail sent to " + to);
        assertTrue(
            !to.toLowerCase().endsWith("@relais.test") || to.equals("exploitation@relais.test"),
            "S45: mail sent to an inbound address " + to);
      }
    }
    for (RecordingSmtpServer.Received mail : TestEnvironment.mail().outgoing().received()) {
      if (mail.recipients().contains("exploitation@relais.test")) {
        continue; // the journal's checkpoints to the operator: a hash, a size, a time
      }
      String raw = mail.raw();
      for (String secret :
          List.of(
              "Discretion",
              firstNames,
              subject,
              "convoqu",
              "guichet",
              "anef.interieur",
              "ne-pas-repondre@anef",
              p.token(),
              p.address(),
              p.id())) {
        assertFalse(
            raw.toLowerCase().contains(secret.toLowerCase()),
            "S42: '" + secret + "' in a mail the server sent:\n" + raw);
      }
      assertTrue(
          raw.contains("Vous avez du nouveau dans Relais")
              || raw.contains("Something new is waiting for you in Relais")
              || raw.contains("=?UTF-8?")
              // The link to a person's new address (E1): a token, nothing else.
              || raw.contains("Subject: Relais - confirmez votre adresse"),
          raw);
    }
  }

  /** Mails to {@code recipient} received after the first {@code before} (15 s at most). */
  static List<RecordingSmtpServer.Received> awaitOutgoing(int before, String recipient)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      List<RecordingSmtpServer.Received> all = TestEnvironment.mail().outgoing().received();
      List<RecordingSmtpServer.Received> mine =
          all.subList(Math.min(before, all.size()), all.size()).stream()
              .filter(m -> m.recipients().contains(recipient))
              .toList();
      if (!mine.isEmpty()) {
        return mine;
      }
      Thread.sleep(200);
    }
    return List.of();
  }

  @Test
  void badInputIsRefusedClearlyAndChangesNothing() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Erreurs");
    TestEnvironment.mail().deliver(MailTraffic.message(p.address(), "Pour les erreurs", "Texte."));
    String id = (String) MailTraffic.awaitMessages(worker, p.id(), 1).get(0).get("id");
    String inbox = API + "/structures/" + CCAS + "/inbox";
    problem(worker.get(inbox + "?filter=TOUT"), 400, "filter");
    problem(worker.get(inbox + "?limit=0"), 400, "limit");
    problem(worker.get(inbox + "?after=pas-un-curseur"), 400, "after");
    problem(worker.get(API + "/persons/" + p.id() + "/messages?limit=9999"), 400, "limit");
    problem(
        worker.json("PUT", API + "/messages/" + id + "/urgency", Map.of("dueOn", "2027-01-01")),
        400,
        "urgent");
    problem(
        worker.json(
            "PUT", API + "/messages/" + id + "/urgency", Map.of("urgent", true, "dueOn", "demain")),
        400,
        "dueOn");
    problem(
        worker.json("PUT", API + "/messages/" + id + "/urgency", Map.of("urgent", true)),
        400,
        "dueOn");
    problem(worker.json("PUT", API + "/messages/" + id + "/urgency", "{\"urgent\": tr"), 400, null);
    problem(
        worker.json(
            "PUT",
            API + "/messages/" + id + "/assignee",
            Map.of("accountId", UUID.randomUUID().toString())),
        400,
        "accountId");
    problem(
        worker.json("PUT", API + "/messages/" + id + "/assignee", Map.of("accountId", "quelqu'un")),
        400,
        "accountId");
    problem(worker.get(API + "/messages/pas-un-id"), 404, null);
    problem(worker.get(API + "/messages/" + UUID.randomUUID()), 404, null);
    problem(worker.get(API + "/messages/" + id + "/attachments/" + UUID.randomUUID()), 404, null);
    problem(
        worker.json(
            "PUT", API + "/me/notification-preferences", Map.of("modes", Map.of("RIEN", "EACH"))),
        400,
        "modes");
    problem(
        worker.json(
            "PUT",
            API + "/me/notification-preferences",
            Map.of("modes", Map.of("NEW_MESSAGE", "SOUVENT"))),
        400,
        "modes.NEW_MESSAGE");
    WebClient admin = Logins.signedIn("admin.ccas");
    problem(admin.get(API + "/structures/" + CCAS + "/outbox?status=PERDU"), 400, "status");
    problem(
        admin.json("POST", API + "/messages/" + id + "/filing", Map.of("personId", p.id())),
        400,
        "message");

    // Nothing changed: still urgent as the rules said, unassigned, preferences untouched.
    Map<String, Object> view = open(worker, id);
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = (Map<String, Object>) view.get("summary");
    assertNull(summary.get("assignedTo"));
    assertEquals(Boolean.FALSE, summary.get("urgent"));
    HttpResponse<String> prefs = worker.get(API + "/me/notification-preferences");
    assertFalse(prefs.body().contains("SOUVENT"));
  }

  private static void problem(HttpResponse<String> r, int status, String field) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals(
        "application/problem+json", r.headers().firstValue("Content-Type").orElse(""), r.body());
    if (field != null) {
      assertTrue(r.body().contains("\"field\":\"" + field + "\""), field + " in " + r.body());
    }
    assertFalse(r.body().contains("Exception"), "no stack trace");
  }
}
