package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The outbox (H4): every outgoing mail is written in the transaction of its event and delivered by
 * the worker; an SMTP outage loses nothing and, when it ends, sends each mail exactly once; an
 * address the server refuses for good ends dead, with the reason, for the administrator to see; a
 * member's choice of a daily digest or of nothing is respected.
 */
@org.junit.jupiter.api.parallel.Isolated("stops the shared mail server")
class OutboxIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> outbox(WebClient admin, String status) throws Exception {
    HttpResponse<String> r =
        admin.get(API + "/structures/" + CCAS + "/outbox?status=" + status + "&limit=200");
    assertEquals(200, r.statusCode(), r.body());
    return (List<Map<String, Object>>) json(r).get("items");
  }

  private static Optional<Map<String, Object>> await(
      WebClient admin, String status, java.util.function.Predicate<Map<String, Object>> which)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Map<String, Object>> found =
          outbox(admin, status).stream().filter(which).findFirst();
      if (found.isPresent()) {
        return found;
      }
      Thread.sleep(250);
    }
    return Optional.empty();
  }

  private static long copies(String outboxId) {
    return TestEnvironment.mail().outgoing().received().stream()
        .filter(m -> m.raw().contains("Message-ID: <" + outboxId + "@"))
        .count();
  }

  @Test
  void anSmtpOutageLosesNothingAndSendsEachMailOnceWhenItEnds() throws Exception {
    WebClient worker = Logins.signedIn("ts2.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Panne");
    List<String> alreadyThere =
        outbox(admin, "PENDING").stream().map(m -> (String) m.get("id")).toList();
    RecordingSmtpServer smtp = TestEnvironment.mail().outgoing();
    smtp.down();
    Map<String, Object> waiting;
    try {
      TestEnvironment.mail()
          .deliver(MailTraffic.message(p.address(), "Pendant la panne", "Texte."));
      MailTraffic.awaitMessages(worker, p.id(), 1);
      waiting =
          await(
                  admin,
                  "PENDING",
                  m ->
                      "ts2.ccas@membres.relais.localhost".equals(m.get("recipient"))
                          && !alreadyThere.contains(m.get("id"))
                          && ((Number) m.get("attempts")).intValue() >= 1)
              .orElseThrow(() -> new AssertionError("the mail waits in the outbox, tried"));
      assertTrue(
          String.valueOf(waiting.get("lastError")).toLowerCase().contains("connect"),
          String.valueOf(waiting));
      assertEquals(0, copies((String) waiting.get("id")), "nothing sent while the server is down");
    } finally {
      smtp.up();
    }
    String id = (String) waiting.get("id");
    assertTrue(
        await(admin, "SENT", m -> id.equals(m.get("id"))).isPresent(),
        "sent once the server is back");
    Thread.sleep(3_000); // further runs of the worker send nothing more
    assertEquals(1, copies(id), "exactly once");
    assertTrue(outbox(admin, "PENDING").stream().noneMatch(m -> id.equals(m.get("id"))));
  }

  @Test
  void anAddressRefusedForGoodEndsDeadWithTheReason() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    HttpResponse<String> invitation =
        admin.json(
            "POST", API + "/structures/" + CCAS + "/invitations", Map.of("role", "SOCIAL_WORKER"));
    assertEquals(201, invitation.statusCode(), invitation.body());
    WebClient member = new WebClient();
    member.get((String) json(invitation).get("link"));
    String address =
        "rejet." + UUID.randomUUID().toString().substring(0, 8) + "@membres.relais.test";
    Logins.throughStaffProviderWithClaims(
        member,
        "refuse." + UUID.randomUUID().toString().substring(0, 6),
        "{\"email\":\"" + address + "\",\"email_verified\":true,\"name\":\"Membre Refusé\"}");
    HttpResponse<String> prefs = member.get(API + "/me/notification-preferences");
    assertEquals(200, prefs.statusCode(), prefs.body());
    assertEquals(address, json(prefs).get("email"), "the provider's verified address is kept");

    MailTraffic.Person p = MailTraffic.newPerson(member, CCAS, "Refus");
    TestEnvironment.mail().deliver(MailTraffic.message(p.address(), "Pour un membre", "Texte."));
    MailTraffic.awaitMessages(member, p.id(), 1);
    Map<String, Object> dead =
        await(admin, "DEAD", m -> address.equals(m.get("recipient")))
            .orElseThrow(() -> new AssertionError("the refused mail ends dead"));
    assertTrue(String.valueOf(dead.get("lastError")).contains("550"), String.valueOf(dead));
    assertEquals(
        1, ((Number) dead.get("attempts")).intValue(), "a permanent refusal is not retried");
    assertEquals(0, copies((String) dead.get("id")));
  }

  @Test
  void aMembersChoiceOfDigestOrNothingIsRespected() throws Exception {
    WebClient worker = Logins.signedIn("ts2.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    assertEquals(
        200,
        worker
            .json(
                "PUT",
                API + "/me/notification-preferences",
                Map.of("modes", Map.of("NEW_MESSAGE", "NONE", "URGENT_MESSAGE", "DIGEST")))
            .statusCode());
    try {
      MailTraffic.Person p = MailTraffic.newPerson(worker, CCAS, "Choix");
      int before = TestEnvironment.mail().outgoing().received().size();
      long sentBefore =
          outbox(admin, "SENT").stream()
              .filter(m -> "ts2.ccas@membres.relais.localhost".equals(m.get("recipient")))
              .count();
      TestEnvironment.mail().deliver(MailTraffic.message(p.address(), "Information", "Texte."));
      TestEnvironment.mail()
          .deliver(
              MailTraffic.message(
                  p.address(), "Demande de pièces complémentaires", "Sous huit jours."));
      MailTraffic.awaitMessages(worker, p.id(), 2);
      Thread.sleep(3_000);
      assertFalse(
          TestEnvironment.mail()
              .outgoing()
              .received()
              .subList(before, TestEnvironment.mail().outgoing().received().size())
              .stream()
              .anyMatch(m -> m.recipients().contains("ts2.ccas@membres.relais.localhost")),
          "nothing by mail: one kind in the digest, the other in the application only");
      assertEquals(
          sentBefore,
          outbox(admin, "SENT").stream()
              .filter(m -> "ts2.ccas@membres.relais.localhost".equals(m.get("recipient")))
              .count());
    } finally {
      worker.json(
          "PUT",
          API + "/me/notification-preferences",
          Map.of("modes", Map.of("NEW_MESSAGE", "EACH", "URGENT_MESSAGE", "EACH")));
    }
  }
}
