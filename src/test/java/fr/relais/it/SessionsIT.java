package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Browser;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person's own sessions (F3, S5): she sees where her space is open and ends any session she does
 * not recognise, or all but this one; an ended session is refused at its very next request. Nobody
 * else can end hers, and a session that is not theirs answers like one that does not exist (S40).
 * Every ending journaled; logout ends the session's record too.
 */
class SessionsIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";

  @Test
  @SuppressWarnings("unchecked")
  void sheSeesHerSessionsAndEndsTheOnesSheDoesNotRecognise() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String username = Logins.uniqueName("personne.sessions");
    WebClient phone = PersonAccess.signedIn(worker, person, username);
    WebClient laptop = againAs(username);
    WebClient third = againAs(username);

    List<Object> seen = Json.list(laptop.get(API + "/me/sessions"));
    assertEquals(3, seen.size(), seen.toString());
    assertEquals(
        1, seen.stream().filter(s -> Boolean.TRUE.equals(((Map<?, ?>) s).get("current"))).count());
    for (Object s : seen) {
      Map<String, Object> row = (Map<String, Object>) s;
      assertTrue(row.get("startedAt") != null && row.get("client") != null, row.toString());
      assertEquals("staff", row.get("provider"));
    }
    String phoneSession = currentOf(phone);
    String thirdSession = currentOf(third);
    long before = Journal.maxSeq();

    // Refused: someone else, an unknown id, not an id, nobody signed in — nothing ends.
    WebClient other = Logins.signedIn("ts2.ccas");
    assertProblem(other.json("DELETE", API + "/me/sessions/" + thirdSession, ""), 404, null);
    assertProblem(other.json("DELETE", API + "/me/sessions/" + UUID.randomUUID(), ""), 404, null);
    assertProblem(laptop.json("DELETE", API + "/me/sessions/pas-un-id", ""), 404, null);
    assertProblem(
        new WebClient().json("DELETE", API + "/me/sessions/" + thirdSession, ""), 401, null);
    assertEquals(200, third.get(API + "/me").statusCode(), "still open");
    assertEquals(3, Json.list(laptop.get(API + "/me/sessions")).size());

    // She ends the phone's session from her laptop: refused at its next request.
    HttpResponse<String> ended = laptop.json("DELETE", API + "/me/sessions/" + phoneSession, "");
    assertEquals(204, ended.statusCode(), ended.body());
    assertEquals(401, phone.get(API + "/me").statusCode(), "the ended session is refused");
    assertEquals(200, laptop.get(API + "/me").statusCode());
    assertEquals(2, Json.list(laptop.get(API + "/me/sessions")).size());

    // All but this one.
    HttpResponse<String> others = laptop.json("DELETE", API + "/me/sessions/others", "");
    assertEquals(200, others.statusCode(), others.body());
    assertEquals(1L, ((Number) json(others).get("ended")).longValue());
    assertEquals(401, third.get(API + "/me").statusCode());
    assertEquals(200, laptop.get(API + "/me").statusCode());
    assertEquals(1, Json.list(laptop.get(API + "/me/sessions")).size());
    assertEquals("ENDED_BY_OWNER", endedReason(thirdSession));

    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "session.end".equals(r.action())
                        && "SUCCESS".equals(r.outcome())
                        && username.equals(r.actorSubject())
                        && "other".equals(r.detail())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r -> "session.end.others".equals(r.action()) && "1 session(s)".equals(r.detail())));
    assertTrue(
        rows.stream()
                .filter(r -> "session.end".equals(r.action()) && "REFUSED".equals(r.outcome()))
                .count()
            >= 3,
        "each refusal journaled");
  }

  @Test
  void sheEndsAnotherSessionFromHerPage() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    String link = PersonAccess.link(worker, person);
    String username = Logins.uniqueName("personne.page");
    try (Browser self = Browser.start()) {
      self.redeemAccessLink(link, username);
      self.awaitText("#sessions-heading", "Mes connexions");
      self.awaitText("#mySessions\\:sessions", "cette session");
      assertTrue(
          self.driver().findElements(org.openqa.selenium.By.id("mySessions:endOthers")).isEmpty());

      WebClient elsewhere = againAs(username);
      self.open(Ports.base() + "/app/my-file.xhtml");
      self.awaitText("#mySessions\\:sessions", "Terminer");
      self.assertAccessible("my-file-sessions");
      self.click("#mySessions\\:endOthers");
      self.awaitText("#messages", "Sessions terminées : 1");
      self.assertAccessible("my-file-sessions-ended");
      assertEquals(401, elsewhere.get(API + "/me").statusCode());
      assertFalse(self.driver().getPageSource().contains("mySessions:endOthers"));
    }
  }

  /** Another session of the person, signed in with the login her link bound. */
  private static WebClient againAs(String username) throws Exception {
    WebClient web = new WebClient();
    HttpResponse<String> callback = Logins.throughStaffProvider(web, username);
    assertEquals(Ports.base() + "/app/my-file.xhtml", WebClient.location(callback));
    return web;
  }

  private static String currentOf(WebClient web) throws Exception {
    for (Object s : Json.list(web.get(API + "/me/sessions"))) {
      Map<?, ?> row = (Map<?, ?>) s;
      if (Boolean.TRUE.equals(row.get("current"))) {
        return (String) row.get("id");
      }
    }
    throw new AssertionError("no current session");
  }

  private static String endedReason(String session) throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement("select ended_reason from account_session where id = ?")) {
      ps.setObject(1, UUID.fromString(session));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getString(1);
      }
    }
  }
}
