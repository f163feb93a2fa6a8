package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every page that takes an id in its address (S10, S40): an id of another structure's person,
 * message or structure, a random id and a malformed one get the same 404 page — same status, same
 * body — and never a 500; the refusal of the real one is journaled. Pages: the person's file (each
 * tab), the new mandate, her procedures, a message, a structure.
 */
class PageIdsIT extends RelaisIT {

  private static final String APP = Ports.base() + "/app/";

  @Test
  void anIdTheMemberMayNotSeeIsAnsweredExactlyLikeAnUnknownOrMalformedOne() throws Exception {
    WebClient owner = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(owner);
    MailTraffic.Person mail = MailTraffic.address(owner, person);
    TestEnvironment.mail()
        .deliver(MailTraffic.message(mail.address(), "Pour la page", "Texte de la page."));
    String message = (String) MailTraffic.awaitMessages(owner, person, 1).get(0).get("id");

    // page → the id of the CCAS's that a member of the association may not see
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("person.xhtml?id=", person);
    for (String tab : List.of("messages", "mandates", "access", "history")) {
      pages.put("person.xhtml?tab=" + tab + "&id=", person);
    }
    pages.put("new-mandate.xhtml?id=", person);
    pages.put("procedures.xhtml?person=", person);
    pages.put("procedures.xhtml?victim=true&person=", person);
    pages.put("message.xhtml?id=", message);
    pages.put("structure.xhtml?id=", Structures.CCAS);

    WebClient stranger = Logins.signedIn("ts1.asso");
    WebClient strangerAdmin = Logins.signedIn("admin.asso");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      String path = page.getKey();
      HttpResponse<String> own = owner.get(APP + path + page.getValue());
      assertEquals(200, own.statusCode(), path + ": the id is real and its owner sees it");
      for (WebClient who : List.of(stranger, strangerAdmin)) {
        long before = Journal.maxSeq();
        HttpResponse<String> real = who.get(APP + path + page.getValue());
        HttpResponse<String> random = who.get(APP + path + UUID.randomUUID());
        HttpResponse<String> malformed = who.get(APP + path + "pas-un-id");
        for (HttpResponse<String> r : List.of(real, random, malformed)) {
          assertEquals(404, r.statusCode(), path + ": " + r.uri());
          assertFalse(r.body().contains(page.getValue()), "nothing of it in the page");
        }
        assertEquals(normalised(real), normalised(random), path + ": real and random alike");
        assertEquals(normalised(real), normalised(malformed), path + ": malformed alike");
        assertTrue(
            Journal.since(before).stream()
                .anyMatch(
                    r ->
                        "REFUSED".equals(r.outcome())
                            && page.getValue().equals(r.targetId())
                            && r.actorSubject() != null
                            && r.actorSubject().endsWith(".asso")),
            path + ": the refusal is journaled");
      }
    }
  }

  /** The page without what differs by nature between two answers: its script nonce. */
  private static String normalised(HttpResponse<String> r) {
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(csp);
    return nonce.find() ? r.body().replace(nonce.group(1), "NONCE") : r.body();
  }
}
