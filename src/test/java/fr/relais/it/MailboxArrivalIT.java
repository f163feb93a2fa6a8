package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What becomes of a message when it arrives (A2, A5, S60), through the real server and GreenMail's
 * catch-all mailbox, on the cases a run against a real Postfix and Dovecot found: a message held in
 * « À trier » is assessed on arrival (kind, urgent marker, due date) and the triage lists the most
 * urgent first with pages that neither skip nor repeat; a closure is the most urgent mail.
 */
class MailboxArrivalIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;

  /** The victim-support association of the demonstration: its triage is used by no other test. */
  private static final String ASSO = Structures.ASSO;

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Paris"));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    return (List<Map<String, Object>>) json(r).get("items");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> summary(WebClient web, String messageId) throws Exception {
    HttpResponse<String> r = web.get(API + "/messages/" + messageId);
    assertEquals(200, r.statusCode(), r.body());
    return (Map<String, Object>) json(r).get("summary");
  }

  private static Map<String, Object> bySubject(List<Map<String, Object>> items, String subject) {
    return items.stream()
        .filter(i -> subject.equals(i.get("subject")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item « " + subject + " » in " + items));
  }

  @Test
  void triageCarriesUrgencyFromArrivalAndListsTheMostUrgentFirstInStablePages() throws Exception {
    WebClient worker = Logins.signedIn("ts1.asso");
    WebClient admin = Logins.signedIn("admin.asso");
    MailTraffic.Person p = MailTraffic.newPerson(worker, ASSO, "Tri");
    String structure = p.structureLocalPart() + "@relais.test";
    String run = UUID.randomUUID().toString().substring(0, 8);

    // In order of arrival: news, an urgent request for documents, a closure, more news.
    String oldNews = "Horaires " + run;
    String request = "Demande de pièces complémentaires " + run;
    String closure = "Votre demande a été clôturée " + run;
    String news = "Lettre d'information " + run;
    TestEnvironment.mail()
        .deliver(MailTraffic.message(structure, oldNews, "Les horaires d'accueil changent."));
    MailTraffic.awaitInboxDrained();
    TestEnvironment.mail()
        .deliver(
            MailTraffic.message(
                structure,
                request,
                "Merci de transmettre les pièces suivantes dans un délai de 15 jours : justificatif"
                    + " de domicile."));
    MailTraffic.awaitInboxDrained();
    TestEnvironment.mail()
        .deliver(
            MailTraffic.message(
                structure,
                closure,
                "Votre demande de renouvellement de titre de séjour a été clôturée : les pièces"
                    + " complémentaires demandées n'ont pas été transmises dans le délai imparti."));
    MailTraffic.awaitInboxDrained();
    TestEnvironment.mail()
        .deliver(MailTraffic.message(structure, news, "Retrouvez nos actualités en ligne."));
    MailTraffic.awaitInboxDrained();

    List<Map<String, Object>> all =
        items(admin.get(API + "/structures/" + ASSO + "/triage?limit=200"));
    // A5: assessed on arrival, before anyone files it; due dates count from the day of receipt.
    Map<String, Object> r = bySubject(all, request);
    assertEquals("STRUCTURE_ADDRESS", r.get("reason"));
    assertEquals("DOCUMENTS_REQUESTED", r.get("kind"));
    assertEquals(Boolean.TRUE, r.get("urgent"));
    assertEquals(today().plusDays(15).toString(), r.get("dueOn"));
    Map<String, Object> c = bySubject(all, closure);
    assertEquals("CLOSURE", c.get("kind"));
    assertEquals(Boolean.TRUE, c.get("urgent"));
    assertEquals(today().plusDays(60).toString(), c.get("dueOn"));
    Map<String, Object> n = bySubject(all, news);
    assertEquals("OTHER", n.get("kind"));
    assertEquals(Boolean.FALSE, n.get("urgent"));
    assertNull(n.get("dueOn"));

    // The most urgent first (a decision against her above a time limit above the rest), then the
    // newest.
    List<String> mine =
        all.stream()
            .map(i -> (String) i.get("subject"))
            .filter(s -> s != null && s.endsWith(run))
            .toList();
    assertEquals(List.of(closure, request, news, oldNews), mine);
    int lastUrgent = -1;
    int firstNotUrgent = all.size();
    for (int i = 0; i < all.size(); i++) {
      if (Boolean.TRUE.equals(all.get(i).get("urgent"))) {
        lastUrgent = i;
      } else {
        firstNotUrgent = Math.min(firstNotUrgent, i);
      }
    }
    assertTrue(lastUrgent < firstNotUrgent, "every urgent message before the others: " + all);

    // Keyset pages of two follow the same order across the changes of level: nothing skipped,
    // nothing repeated.
    List<String> paged = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      HttpResponse<String> page =
          admin.get(
              API
                  + "/structures/"
                  + ASSO
                  + "/triage?limit=2"
                  + (after == null ? "" : "&after=" + after));
      assertEquals(200, page.statusCode(), page.body());
      Map<String, Object> body = json(page);
      for (Object item : (List<?>) body.get("items")) {
        paged.add((String) ((Map<?, ?>) item).get("id"));
      }
      after = (String) body.get("next");
      assertTrue(++pages <= all.size(), "pages end");
    } while (after != null);
    assertEquals(all.stream().map(i -> (String) i.get("id")).toList(), paged);

    // Opened in triage, the message says what the rules made of it; filed, it keeps its due date,
    // counted from the day it arrived, and is among the structure's urgent messages.
    Map<String, Object> opened = summary(admin, (String) c.get("id"));
    assertEquals("CLOSURE", opened.get("kind"));
    assertEquals(today().plusDays(60).toString(), opened.get("dueOn"));
    HttpResponse<String> filed =
        admin.json(
            "POST", API + "/messages/" + c.get("id") + "/filing", Map.of("personId", p.id()));
    assertEquals(200, filed.statusCode(), filed.body());
    Map<String, Object> inRecord = summary(worker, (String) c.get("id"));
    assertEquals("CLOSURE", inRecord.get("kind"));
    assertEquals(Boolean.TRUE, inRecord.get("urgent"));
    assertEquals(today().plusDays(60).toString(), inRecord.get("dueOn"));
    HttpResponse<String> urgent =
        worker.get(API + "/structures/" + ASSO + "/urgent-messages?limit=100");
    assertEquals(200, urgent.statusCode(), urgent.body());
    assertTrue(urgent.body().contains((String) c.get("id")));

    // S71: a cursor of another list, or none at all, is refused clearly. Another list's: her
    // messages, paged one at a time once the request is filed too.
    HttpResponse<String> alsoFiled =
        admin.json(
            "POST", API + "/messages/" + r.get("id") + "/filing", Map.of("personId", p.id()));
    assertEquals(200, alsoFiled.statusCode(), alsoFiled.body());
    String messagesCursor =
        (String) json(worker.get(API + "/persons/" + p.id() + "/messages?limit=1")).get("next");
    assertNotNull(messagesCursor);
    for (String bad : List.of(messagesCursor, "pas-un-curseur")) {
      HttpResponse<String> refused =
          admin.get(API + "/structures/" + ASSO + "/triage?after=" + bad);
      assertEquals(400, refused.statusCode(), refused.body());
      assertEquals(
          "application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
      assertTrue(refused.body().contains("\"field\":\"after\""), refused.body());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aTruncatedAttachmentIsRecordedAsRefusedAndNoRefusedOneIsOpenable() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Tronque");
    String subject = "Décision et pièces " + UUID.randomUUID().toString().substring(0, 6);
    TestEnvironment.mail().deliver(MailTraffic.truncatedMessage(p.address(), subject));
    Map<String, Object> listed = MailTraffic.awaitMessages(worker, p.id(), 1).get(0);
    assertEquals(subject, listed.get("subject"));
    // C3, S60: nothing lost silently: three attachments, the cut one among them.
    assertEquals(3L, ((Number) listed.get("attachmentCount")).longValue());

    HttpResponse<String> r = worker.get(API + "/messages/" + listed.get("id"));
    assertEquals(200, r.statusCode(), r.body());
    Map<String, Object> opened = json(r);
    assertEquals("Voir les trois pièces jointes.", ((String) opened.get("text")).trim());
    List<Map<String, Object>> atts = (List<Map<String, Object>>) opened.get("attachments");
    assertEquals(3, atts.size());
    assertEquals("recepisse.pdf", atts.get(0).get("fileName"));
    assertEquals("KEPT", atts.get(0).get("status"));
    assertEquals(Boolean.TRUE, atts.get(0).get("openable"));
    assertEquals("scan.pdf", atts.get(1).get("fileName"));
    assertEquals("REFUSED", atts.get(1).get("status"));
    assertEquals("UNSUPPORTED_TYPE", atts.get(1).get("refusal"));
    assertEquals("decision.pdf", atts.get(2).get("fileName"));
    assertEquals("REFUSED", atts.get(2).get("status"));
    assertEquals("TRUNCATED", atts.get(2).get("refusal"));
    for (Map<String, Object> refused : atts.subList(1, 3)) {
      // Listed as it is: nothing to open, and its link answers 404 like any other.
      assertEquals(Boolean.FALSE, refused.get("openable"), refused.toString());
      HttpResponse<String> download =
          worker.get(API + "/messages/" + listed.get("id") + "/attachments/" + refused.get("id"));
      assertEquals(404, download.statusCode());
      assertEquals(
          "application/problem+json", download.headers().firstValue("Content-Type").orElse(""));
    }
    assertEquals(
        200,
        worker
            .get(API + "/messages/" + listed.get("id") + "/attachments/" + atts.get(0).get("id"))
            .statusCode());
    MailTraffic.awaitInboxDrained();
  }

  /** A plain-text message with the envelope and address headers given, as an MTA delivers it. */
  static String withHeaders(String headers, String subject, String body) {
    return "Message-ID: <"
        + UUID.randomUUID()
        + "@anef.interieur.gouv.fr>\r\n"
        + "Date: Mon, 11 Jan 2027 09:30:00 +0100\r\n"
        + "From: \"ANEF - Prefecture\" <ne-pas-repondre@anef.interieur.gouv.fr>\r\n"
        + headers
        + "Subject: "
        + MailTraffic.header(subject)
        + "\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\n"
        + "Content-Transfer-Encoding: quoted-printable\r\n"
        + "\r\n"
        + MailTraffic.quotedPrintable(body)
        + "\r\n";
  }

  private static List<Map<String, Object>> triage(WebClient admin, String structure)
      throws Exception {
    return items(admin.get(API + "/structures/" + structure + "/triage?limit=200"));
  }

  @Test
  void mailToTheStructureWithHerAddressInCopyIsFiledInHerRecordOnlyAndNeverTwice()
      throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Copie");
    String structure = p.structureLocalPart() + "@relais.test";

    // A2: sent to the structure's address, her sub-address in Cc. Her address is the more
    // specific route: filed in her record, not left in « À trier » to be filed a second time.
    String copied = "Convocation en copie " + UUID.randomUUID().toString().substring(0, 6);
    TestEnvironment.mail()
        .deliver(
            withHeaders(
                "To: \"CCAS\" <" + structure + ">\r\nCc: " + p.address() + "\r\n",
                copied,
                "Vous êtes convoquée le 3 février 2099 à 9h30, guichet 4."));
    MailTraffic.awaitInboxDrained();
    List<Map<String, Object>> filed = MailTraffic.awaitMessages(worker, p.id(), 1);
    assertEquals(1, filed.size());
    assertEquals(copied, filed.get(0).get("subject"));
    assertEquals("APPOINTMENT", filed.get(0).get("kind"));
    assertTrue(
        triage(admin, CCAS).stream().noneMatch(i -> copied.equals(i.get("subject"))),
        "not left in triage");

    // The same the other way round (her address in To, the structure's in Cc).
    String reversed = "Information en copie " + UUID.randomUUID().toString().substring(0, 6);
    TestEnvironment.mail()
        .deliver(
            withHeaders(
                "To: " + p.address() + "\r\nCc: " + structure + "\r\n",
                reversed,
                "Les horaires d'accueil changent."));
    MailTraffic.awaitInboxDrained();
    assertEquals(2, MailTraffic.awaitMessages(worker, p.id(), 2).size());
    assertTrue(triage(admin, CCAS).stream().noneMatch(i -> reversed.equals(i.get("subject"))));

    // Held for another reason too — her retired address, which had leaked, beside her current
    // one: filed in her record and held in triage (RETIRED_TOKEN, the structure's address in
    // copy says less). Filing the held copy into her record again is refused: never twice.
    HttpResponse<String> rotated =
        worker.json("POST", API + "/persons/" + p.id() + "/mail-address/rotation", "");
    assertEquals(200, rotated.statusCode(), rotated.body());
    String fresh = (String) json(rotated).get("address");
    String both = "Deux adresses " + UUID.randomUUID().toString().substring(0, 6);
    TestEnvironment.mail()
        .deliver(
            withHeaders(
                "To: " + structure + ", " + p.address() + "\r\nCc: " + fresh + "\r\n",
                both,
                "Votre dossier est en cours d'instruction."));
    MailTraffic.awaitInboxDrained();
    assertEquals(3, MailTraffic.awaitMessages(worker, p.id(), 3).size());
    Map<String, Object> held = bySubject(triage(admin, CCAS), both);
    assertEquals("RETIRED_TOKEN", held.get("reason"));
    HttpResponse<String> twice =
        admin.json(
            "POST", API + "/messages/" + held.get("id") + "/filing", Map.of("personId", p.id()));
    assertEquals(409, twice.statusCode(), twice.body());
    assertEquals("application/problem+json", twice.headers().firstValue("Content-Type").orElse(""));
    assertTrue(twice.body().contains("\"field\":\"personId\""), twice.body());
    assertEquals(
        3, MailTraffic.awaitMessages(worker, p.id(), 3).size(), "still once in her record");
    assertEquals("TRIAGE", json(admin.get(API + "/messages/" + held.get("id"))).get("status"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> quarantine() throws Exception {
    HttpResponse<String> q = Logins.signedIn("operateur").get(API + "/quarantine");
    assertEquals(200, q.statusCode(), q.body());
    return json(q);
  }

  private static long quarantined(Map<String, Object> q, String reason) {
    Object byReason = ((Map<?, ?>) q.get("byReason")).get(reason);
    return byReason == null ? 0 : ((Number) byReason).longValue();
  }

  @Test
  void theCatchAllMailboxsOwnAddressIsNotARecipient() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Boite");
    String structure = p.structureLocalPart() + "@relais.test";
    Map<String, Object> before = quarantine();

    // Postfix's catch-all (virtual_alias_maps to a mailbox on the Relais domain) adds
    // Delivered-To: <the catch-all mailbox>. It is how the message got here, not where it goes:
    // filed in her record, with no « unknown address » in the quarantine.
    String toHer = "Récépissé " + UUID.randomUUID().toString().substring(0, 6);
    TestEnvironment.mail()
        .deliver(
            withHeaders(
                "Delivered-To: boite@relais.test\r\nX-Original-To: "
                    + p.address()
                    + "\r\nTo: "
                    + p.address()
                    + "\r\n",
                toHer,
                "Votre demande a bien été enregistrée."));
    String toStructure = "Pour la structure " + UUID.randomUUID().toString().substring(0, 6);
    TestEnvironment.mail()
        .deliver(
            withHeaders(
                "Delivered-To: boite@relais.test\r\nX-Original-To: "
                    + structure
                    + "\r\nTo: "
                    + structure
                    + "\r\n",
                toStructure,
                "Pour information."));
    MailTraffic.awaitInboxDrained();
    assertEquals(toHer, MailTraffic.awaitMessages(worker, p.id(), 1).get(0).get("subject"));
    assertEquals("STRUCTURE_ADDRESS", bySubject(triage(admin, CCAS), toStructure).get("reason"));
    Map<String, Object> after = quarantine();
    assertEquals(
        ((Number) before.get("count")).longValue(),
        ((Number) after.get("count")).longValue(),
        "nothing quarantined: " + after);
    assertEquals(quarantined(before, "UNKNOWN_ADDRESS"), quarantined(after, "UNKNOWN_ADDRESS"));

    // Written to the catch-all mailbox itself (any case, a display name): no recipient of Relais.
    TestEnvironment.mail()
        .deliver(
            withHeaders(
                "Delivered-To: boite@relais.test\r\nTo: \"Boite Relais\" <BOITE@Relais.Test>\r\n",
                "Directement",
                "Bonjour."));
    MailTraffic.awaitInboxDrained();
    Map<String, Object> last = quarantine();
    assertEquals(quarantined(after, "NO_RECIPIENT") + 1, quarantined(last, "NO_RECIPIENT"));
    assertEquals(quarantined(after, "UNKNOWN_ADDRESS"), quarantined(last, "UNKNOWN_ADDRESS"));
  }
}
