package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Ports;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
  private static final String CCAS = AccreditationIT.CCAS;

  /** The victim-support association of the demonstration: its triage is used by no other test. */
  static final String ASSO =
      UUID.nameUUIDFromBytes("relais-demo-structure:asso".getBytes(StandardCharsets.UTF_8))
          .toString();

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

    // S71: a cursor of another list, or none at all, is refused clearly.
    String inboxCursor =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                (java.time.Instant.now() + "|" + UUID.randomUUID())
                    .getBytes(StandardCharsets.UTF_8));
    for (String bad : List.of(inboxCursor, "pas-un-curseur")) {
      HttpResponse<String> refused =
          admin.get(API + "/structures/" + ASSO + "/triage?after=" + bad);
      assertEquals(400, refused.statusCode(), refused.body());
      assertEquals(
          "application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
      assertTrue(refused.body().contains("\"field\":\"after\""), refused.body());
    }
  }
}
