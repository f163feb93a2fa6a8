package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Members;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The emergency lock of a person's own access (F6): her sessions end at once, her space, new access
 * links and new linked logins are frozen, and only she and the administrator together lift it — the
 * administrator freshly authenticated (S6). Refusals for who may not, 404 for another's file.
 */
class EmergencyLockIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";

  @Test
  void aWorkerLocksHerAccessHerSessionsEndAndNothingMovesUntilBothRelease() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    String person = People.onCaseload(worker);
    String username = Logins.uniqueName("verrou");
    WebClient her = PersonAccess.signedIn(worker, person, username);
    WebClient herPhone = new WebClient();
    assertEquals(
        Ports.base() + "/app/my-file.xhtml",
        WebClient.location(Logins.throughStaffProvider(herPhone, username)));
    assertEquals(200, her.get(API + "/my-file").statusCode());
    assertEquals(200, herPhone.get(API + "/my-file").statusCode());

    // A second person, whose link was handed over before the lock and is not used yet.
    String other = People.onCaseload(worker);
    String pendingLink = PersonAccess.link(worker, other);

    // Who may not lock: a volunteer following her (403); someone who does not follow her, another
    // structure (404, as for a file that does not exist); nobody signed in (401).
    String volunteer = "benevole.verrou." + UUID.randomUUID().toString().substring(0, 6);
    String volunteerId =
        Members.volunteerAlongside(admin, worker, Structures.CCAS, person, volunteer);
    long before = Journal.maxSeq();
    assertProblem(Logins.signedIn(volunteer).json("POST", lock(person), ""), 403, null);
    assertProblem(Logins.signedIn("ts2.ccas").json("POST", lock(person), ""), 404, null);
    assertProblem(Logins.signedIn("admin.asso").json("POST", lock(person), ""), 404, null);
    assertProblem(new WebClient().json("POST", lock(person), ""), 401, null);
    assertEquals(false, json(worker.get(lock(person))).get("locked"), "nothing changed");

    // Her worker locks it.
    HttpResponse<String> locked = worker.json("POST", lock(person), "");
    assertEquals(200, locked.statusCode(), locked.body());
    assertEquals(true, json(locked).get("locked"));
    assertProblem(worker.json("POST", lock(person), ""), 409, "emergencyLock");
    assertEquals(200, worker.json("POST", lock(other), "").statusCode());

    // Every session of her account ends at once.
    assertEquals(401, her.get(API + "/me").statusCode());
    assertEquals(401, herPhone.get(API + "/me").statusCode());

    // Signing in again shows nothing of her file and changes nothing.
    WebClient again = new WebClient();
    Logins.throughStaffProvider(again, username);
    assertProblem(again.get(API + "/my-file"), 423, null);
    assertProblem(again.get(API + "/my-file/history"), 423, null);
    String mine = again.get(API + "/my-file/emergency-locks").body();
    assertTrue(mine.contains(person), mine);
    // Frozen: a new access link, a new linked login.
    assertProblem(
        worker.json("POST", API + "/persons/" + person + "/access/links", ""),
        409,
        "emergencyLock");
    HttpResponse<String> redeemed =
        PersonAccess.redeem(new WebClient(), pendingLink, Logins.uniqueName("tiers"));
    assertEquals(
        Ports.base() + "/not-authorised.xhtml?reason=ACCESS_LOCKED", WebClient.location(redeemed));

    // Lifting: only the administrator, freshly authenticated, and she — both.
    assertProblem(worker.json("POST", lock(person) + "/release", ""), 403, null);
    assertProblem(
        Logins.signedInAnHourAgo("admin.ccas").json("POST", lock(person) + "/release", ""),
        401,
        null);
    HttpResponse<String> adminPart = admin.json("POST", lock(person) + "/release", "");
    assertEquals(200, adminPart.statusCode(), adminPart.body());
    assertEquals(true, json(adminPart).get("locked"), "still locked: she has not released it");
    assertEquals(true, json(adminPart).get("releasedByAdministrator"));
    assertProblem(again.get(API + "/my-file"), 423, null);

    assertProblem(
        again.json("POST", API + "/my-file/records/" + other + "/emergency-lock/release", ""),
        404,
        null);
    HttpResponse<String> herPart =
        again.json("POST", API + "/my-file/records/" + person + "/emergency-lock/release", "");
    assertEquals(204, herPart.statusCode(), herPart.body());
    assertEquals(false, json(worker.get(lock(person))).get("locked"));
    assertEquals(200, again.get(API + "/my-file").statusCode(), "her space is back");
    assertProblem(
        again.json("POST", API + "/my-file/records/" + person + "/emergency-lock/release", ""),
        409,
        "emergencyLock");

    List<Journal.Row> rows = Journal.since(before);
    for (String[] expected :
        new String[][] {
          {"emergency.lock", "SUCCESS"},
          {"emergency.lock", "REFUSED"},
          {"emergency.release", "SUCCESS"},
          {"emergency.release", "REFUSED"},
          {"emergency.lift", "SUCCESS"},
          {"person.access.link.create", "REFUSED"},
          {"person.access.grant", "REFUSED"}
        }) {
      assertTrue(
          rows.stream()
              .anyMatch(r -> expected[0].equals(r.action()) && expected[1].equals(r.outcome())),
          expected[0] + " " + expected[1] + " journaled");
    }
  }

  @Test
  void sheLocksHerOwnAccessAndThatVerySessionEnds() throws Exception {
    WebClient worker = Logins.signedIn("ts2.ccas");
    String person = People.onCaseload(worker);
    WebClient her = PersonAccess.signedIn(worker, person, Logins.uniqueName("elle"));
    assertProblem(
        her.json(
            "POST", API + "/my-file/records/" + People.onCaseload(worker) + "/emergency-lock", ""),
        404,
        null);
    assertProblem(
        worker.json("POST", API + "/my-file/records/" + person + "/emergency-lock", ""), 403, null);
    HttpResponse<String> done =
        her.json("POST", API + "/my-file/records/" + person + "/emergency-lock", "");
    assertEquals(204, done.statusCode(), done.body());
    assertEquals(401, her.get(API + "/me").statusCode(), "her own session ended with it");
    Map<String, Object> view = json(worker.get(lock(person)));
    assertEquals(true, view.get("locked"));
    assertEquals(false, view.get("canLock"));
  }

  private static String lock(String person) {
    return API + "/persons/" + person + "/emergency-lock";
  }
}
