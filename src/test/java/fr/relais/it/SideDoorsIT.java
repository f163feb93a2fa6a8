package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.relais.it.support.EmailChanges;
import fr.relais.it.support.IdentityChecks;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Members;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.RecordingSmtpServer;
import fr.relais.it.support.SentMail;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TakeoverClaims;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every side door closed (S46, F5, E3, S32, S33): an identity that is flagged, blocked or detached
 * on her file comes back by no path and in no variant — not as her contact, not through an email
 * change (hers or her worker's), not through an access link (by its login, with or without an email
 * claim), not as a sender, not as a member of her structure (invitation, assignment, hand-over,
 * habilitation). Each path: the exact value, variants a mail provider delivers to the same mailbox,
 * and an unrelated value; the refusal in the words a value that cannot exist gets, the alert, the
 * journal, and nothing sent to any variant.
 */
class SideDoorsIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * The address itself and what the same mailbox also receives: another case, a sub-address tag, a
   * final dot after the domain, an invisible zero-width space, a soft hyphen, surrounding spaces.
   */
  static List<String> variants(String local, String domain) {
    return List.of(
        local + "@" + domain,
        (local + "@" + domain).toUpperCase(Locale.ROOT),
        local + "+x@" + domain,
        local + "@" + domain + ".",
        local + "\u200b@" + domain,
        local.substring(0, 3) + "\u00ad" + local.substring(3) + "@" + domain,
        "  " + local + "+relais@" + domain + "  ");
  }

  /** A problem without its request id: the part whoever typed the value sees. */
  private static String answer(HttpResponse<String> r) throws Exception {
    return r.statusCode() + " " + withoutRequestId(r);
  }

  private static String contact(String person) {
    return API + "/persons/" + person + "/contact";
  }

  /** S45: nothing this test sent went to any of these addresses' mailboxes. */
  private static void nothingSentTo(int from, String local) throws Exception {
    Thread.sleep(1500); // the outbox runs every second
    List<RecordingSmtpServer.Received> all = TestEnvironment.mail().outgoing().received();
    for (RecordingSmtpServer.Received m : all.subList(from, all.size())) {
      String to = String.join(",", m.recipients()).toLowerCase(Locale.ROOT).replace("\u200b", "");
      assertFalse(to.contains(local.toLowerCase(Locale.ROOT)), "mail to " + to);
    }
  }

  /** An approved takeover claim (E3): the intruder's address detached, his login cut off. */
  private record Takeover(String person, String intruderLogin, String local, String domain) {}

  private static Takeover approvedTakeover(WebClient worker, String tag) throws Exception {
    String local = "samira.bouzld" + tag;
    String domain = "exemple-mail.fr";
    String person = People.verifiedWithMandate(worker, tag);
    assertEquals(
        200,
        worker.json("PUT", contact(person), Map.of("email", local + "@" + domain)).statusCode());
    String intruderLogin = Logins.uniqueName("intrus");
    PersonAccess.signedIn(worker, person, intruderLogin);
    Map<String, Object> claim = new HashMap<>();
    claim.put("identifier", "75" + String.format("%08d", Math.abs(tag.hashCode()) % 100_000_000));
    claim.put("intruderAddresses", List.of(local + "@" + domain));
    claim.put("description", "Compte ouvert à son nom par sa belle-famille, adresse ressemblante");
    claim.put("ownAccessHeld", true);
    claim.put("heldSince", TODAY.minusYears(1).toString());
    HttpResponse<String> filed = worker.json("POST", TakeoverClaims.of(person), claim);
    assertEquals(201, filed.statusCode(), filed.body());
    HttpResponse<String> decided =
        Logins.signedIn("agent.prefecture")
            .json(
                "POST",
                API + "/takeover-claims/" + json(filed).get("id") + "/decision",
                Map.of("decision", "APPROVE", "reason", "Passeport vu en personne"));
    assertEquals(200, decided.statusCode(), decided.body());
    return new Takeover(person, intruderLogin, local, domain);
  }

  @Test
  void aDetachedAddressNeverComesBackAsHerContactNorThroughAnEmailChange() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = tag();
    Takeover t = approvedTakeover(worker, tag);
    int mails = SentMail.count();
    long seq = Journal.maxSeq();
    String malformed =
        answer(worker.json("PUT", contact(t.person()), Map.of("email", "pas-une-adresse")));

    // Her contact: every variant of the detached address is answered as an impossible one.
    for (String v : variants(t.local(), t.domain())) {
      HttpResponse<String> r = worker.json("PUT", contact(t.person()), Map.of("email", v));
      assertEquals(malformed, answer(r), "contact " + v);
    }
    // Once an address was removed from her file, a first one is no plain correction either (E1).
    String unrelated = "nouvelle." + tag + "@exemple.fr";
    assertProblem(
        worker.json("PUT", contact(t.person()), Map.of("email", unrelated)), 409, "email");

    // Her worker's email change: the same, nothing started.
    String changes = EmailChanges.of(t.person());
    String malformedChange = answer(worker.json("POST", changes, Map.of("email", "pas-une")));
    long started = fr.relais.it.support.Rows.count("email_change", "person_id", uuid(t.person()));
    for (String v : variants(t.local(), t.domain())) {
      assertEquals(
          malformedChange,
          answer(worker.json("POST", changes, Map.of("email", v))),
          "email change " + v);
    }
    assertEquals(
        started, fr.relais.it.support.Rows.count("email_change", "person_id", uuid(t.person())));
    // An unrelated address goes through, confirmed from the new address; nothing to any variant.
    HttpResponse<String> ok = worker.json("POST", changes, Map.of("email", unrelated));
    assertEquals(201, ok.statusCode(), ok.body());
    String token = SentMail.awaitLink(unrelated, "email-confirmation", mails);
    HttpResponse<String> confirmed =
        new WebClient().json("POST", API + "/email-links/confirmation", Map.of("token", token));
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    nothingSentTo(mails, t.local());

    List<Journal.Row> rows = Journal.since(seq);
    // The approval put the address on her blocked list and flagged it: the list answers first.
    assertEquals(
        variants(t.local(), t.domain()).size(),
        rows.stream()
            .filter(r -> "person.contact.change".equals(r.action()))
            .filter(r -> "BLOCKED_EMAIL".equals(r.detail()))
            .count());
    assertTrue(Journal.hasDetail(rows, "email.change.start", "BLOCKED_EMAIL"), rows.toString());
    Journal.assertNoValue(rows, t.local());
  }

  @Test
  void theIntrudersLoginIsNeverLinkedToHerFileAgainWithOrWithoutAnEmailClaim() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = tag();
    Takeover t = approvedTakeover(worker, tag);
    long seq = Journal.maxSeq();
    String link = PersonAccess.link(worker, t.person());

    // His very login, as the provider presents it: no email claim, then with an unrelated one.
    for (String claims :
        List.of("{}", "{\"email\":\"autre." + tag + "@exemple.fr\",\"email_verified\":true}")) {
      WebClient intruder = new WebClient();
      intruder.get(link);
      HttpResponse<String> refused =
          Logins.throughStaffProviderWithClaims(intruder, t.intruderLogin(), claims);
      assertEquals(
          Ports.base() + "/not-authorised.xhtml?reason=ACCESS_INVALID",
          WebClient.location(refused));
      assertEquals(401, intruder.get(API + "/my-file").statusCode());
    }
    // A new login vouching for a variant of the detached address: the same answer.
    for (String v :
        List.of(t.local() + "+anef@" + t.domain(), t.local().toUpperCase() + "@" + t.domain())) {
      WebClient other = new WebClient();
      other.get(link);
      HttpResponse<String> refused =
          Logins.throughStaffProviderWithClaims(
              other,
              Logins.uniqueName("variante"),
              "{\"email\":\"" + v + "\",\"email_verified\":true}");
      assertEquals(
          Ports.base() + "/not-authorised.xhtml?reason=ACCESS_INVALID",
          WebClient.location(refused));
    }
    // The same link still works for her.
    WebClient her = new WebClient();
    HttpResponse<String> hers = PersonAccess.redeem(her, link, Logins.uniqueName("elle"));
    assertEquals(Ports.base() + "/app/my-file.xhtml", WebClient.location(hers));
    assertEquals(200, her.get(API + "/my-file").statusCode());

    List<Journal.Row> rows = Journal.since(seq);
    assertTrue(Journal.hasDetail(rows, "person.access.grant", "BLOCKED_LOGIN"), rows.toString());
    assertTrue(Journal.hasDetail(rows, "person.access.grant", "BLOCKED_EMAIL"), rows.toString());
    assertTrue(worker.get(API + "/me/reminders").body().contains("BLOCKED_PERSON_ATTEMPT"));

    // Mail from a variant of the detached address is held for review; another sender is filed.
    String address = MailTraffic.address(worker, t.person()).address();
    String held = "Nouvelles de la famille " + tag;
    String filed = "Convocation " + tag;
    TestEnvironment.mail()
        .deliver(
            MailTraffic.message(address, held, "Nous savons.")
                .replace(
                    "From: \"ANEF - Prefecture\" <ne-pas-repondre@anef.interieur.gouv.fr>",
                    "From: <" + t.local().toUpperCase() + "+famille@" + t.domain() + ">"));
    TestEnvironment.mail().deliver(MailTraffic.message(address, filed, "Rendez-vous."));
    MailTraffic.awaitInboxDrained();
    String messages = worker.get(API + "/persons/" + t.person() + "/messages?limit=200").body();
    assertFalse(messages.contains(held), messages);
    assertTrue(messages.contains(filed), messages);
  }

  @Test
  void herOwnChangeAnswersEveryRefusalInTheSameWordsAndSlowsDown() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = tag();
    String person = People.verifiedWithMandate(worker, tag);
    String local = "surveillee" + tag;
    assertEquals(
        201,
        worker
            .json(
                "POST",
                EmailChanges.flags(person),
                Map.of("email", local + "@exemple.fr", "reason", "Son ex-conjoint y a accès"))
            .statusCode());
    WebClient self = PersonAccess.signedIn(worker, person, Logins.uniqueName("p"));
    String mine = API + "/my-file/records/" + person + "/email-changes";
    String malformed = answer(self.json("POST", mine, Map.of("email", "pas-une-adresse")));
    assertTrue(malformed.contains("cannot be used"), malformed);
    assertFalse(malformed.toLowerCase(Locale.ROOT).contains("flag"), malformed);
    // S45: a flagged address, in two of its variants, answered exactly like a malformed one.
    assertEquals(
        malformed, answer(self.json("POST", mine, Map.of("email", local + "@exemple.fr"))));
    HttpResponse<String> third =
        self.json("POST", mine, Map.of("email", local + "+moi@exemple.fr."));
    assertEquals(malformed, answer(third));
    // S70: past three refusals, each next attempt waits longer; nothing was started.
    HttpResponse<String> slowed = self.json("POST", mine, Map.of("email", "libre" + tag + "@x.fr"));
    assertEquals(429, slowed.statusCode(), slowed.body());
    assertTrue(slowed.headers().firstValue("Retry-After").isPresent());
    assertEquals(0, fr.relais.it.support.Rows.count("email_change", "person_id", uuid(person)));
    // Her worker is not slowed down: nobody can lock her out of a change.
    HttpResponse<String> byWorker =
        worker.json(
            "POST", EmailChanges.of(person), Map.of("email", "libre" + tag + "@exemple.fr"));
    assertEquals(201, byWorker.statusCode(), byWorker.body());
    assertTrue(
        Journal.hasDetail(Journal.since(0), "email.change.start", "THROTTLED"),
        "the slowed attempt is journaled");
  }

  @Test
  @SuppressWarnings("unchecked")
  void nobodyOnHerBlockedListJoinsFollowsOrIsHabilitatedInHerStructure() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = tag();
    String workerId = Members.accountId(worker);
    // Two members who joined before anything was known: M without habilitation, N with it.
    String mLocal = "m.agresseur" + tag;
    String nLocal = "n.proche" + tag;
    String m = Logins.uniqueName("membre.m");
    String n = Logins.uniqueName("membre.n");
    String mId = joinWithEmail(admin, m, false, mLocal + "@exemple.fr");
    String nId = joinWithEmail(admin, n, true, nLocal + "@exemple.fr");
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Portes");
    p.put("firstNames", "Dérobées " + tag);
    p.put("birthDate", "1991-02-03");
    p.put("confirmDuplicate", true);
    p.put("protectedPerson", true);
    p.put("protectionReason", "PROTECTION_ORDER");
    p.put("assignTo", List.of(workerId, nId));
    HttpResponse<String> created = admin.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");
    String list = API + "/persons/" + person + "/blocked-persons";
    String iLocal = "intrus" + tag;
    long seq = Journal.maxSeq();
    for (String value :
        List.of(
            iLocal.toUpperCase() + "@exemple.fr.",
            mLocal + "+pro@exemple.fr",
            " " + nLocal + "\u200b@EXEMPLE.fr")) {
      HttpResponse<String> added =
          admin.json("POST", list, Map.of("kind", "EMAIL", "value", value));
      assertEquals(201, added.statusCode(), added.body());
    }
    // A variant of an entry is the same entry.
    assertProblem(
        admin.json("POST", list, Map.of("kind", "EMAIL", "value", iLocal + "+2@exemple.fr")),
        409,
        "value");

    // N followed her: listed, he stops following her at once (S11), and loses her file.
    List<Object> followers =
        (List<Object>) json(admin.get(API + "/persons/" + person)).get("assignees");
    assertFalse(followers.toString().contains(nId), followers.toString());
    assertProblem(Logins.signedIn(n).get(API + "/persons/" + person), 404, null);

    // An invitation redeemed by a login vouching for a variant of an entry: the answer of an
    // invalid link, the invitation withdrawn; an unrelated identity joins with the next one.
    HttpResponse<String> inv =
        admin.json(
            "POST",
            API + "/structures/" + CCAS + "/invitations",
            Map.of("role", "SOCIAL_WORKER", "protectedCases", true));
    String link = (String) json(inv).get("link");
    WebClient intruder = new WebClient();
    intruder.get(link);
    HttpResponse<String> refused =
        Logins.throughStaffProviderWithClaims(
            intruder,
            Logins.uniqueName("candidat"),
            "{\"email\":\"" + iLocal + "+relais@exemple.fr\",\"email_verified\":true}");
    WebClient stranger = new WebClient();
    stranger.get(Ports.base() + "/invitation.xhtml?token=" + UUID.randomUUID());
    HttpResponse<String> invalid =
        Logins.throughStaffProviderWithClaims(stranger, Logins.uniqueName("inconnu"), "{}");
    assertEquals(WebClient.location(invalid), WebClient.location(refused));
    assertEquals(
        Ports.base() + "/not-authorised.xhtml?reason=INVITATION_INVALID",
        WebClient.location(refused));
    assertEquals(401, intruder.get(API + "/me").statusCode());
    String invitations = admin.get(API + "/structures/" + CCAS + "/invitations").body();
    assertTrue(invitations.contains("REVOKED"), invitations);
    joinWithEmail(admin, Logins.uniqueName("recrue"), true, "recrue" + tag + "@exemple.fr");

    // M: never assigned to her, never habilitated, never handed her file.
    String assignments = API + "/persons/" + person + "/assignments";
    assertProblem(
        admin.json("PUT", assignments, Map.of("accountIds", List.of(workerId, mId))),
        400,
        "assignTo");
    String members = API + "/structures/" + CCAS + "/members/";
    assertProblem(
        admin.json("PATCH", members + mId, Map.of("protectedCases", true)), 409, "habilitations");
    String soleId = joinWithEmail(admin, Logins.uniqueName("seule"), true, null);
    assertEquals(
        200, admin.json("PUT", assignments, Map.of("accountIds", List.of(soleId))).statusCode());
    assertProblem(
        admin.json("POST", members + soleId + "/deactivation", Map.of("handOverTo", mId)),
        400,
        "handOverTo");
    // Nothing changed: she is followed by the one member; M holds no habilitation.
    String file = admin.get(API + "/persons/" + person).body();
    assertTrue(file.contains(soleId) && !file.contains(mId), file);
    List<Object> all = Json.list(admin.get(API + "/structures/" + CCAS + "/members"));
    Map<String, Object> mView =
        all.stream()
            .map(o -> (Map<String, Object>) o)
            .filter(v -> mId.equals(v.get("accountId")))
            .findFirst()
            .orElseThrow();
    assertEquals(false, mView.get("protectedCases"));
    // An unrelated member is assigned as usual.
    assertEquals(
        200,
        admin
            .json("PUT", assignments, Map.of("accountIds", List.of(soleId, workerId)))
            .statusCode());

    // Her followers and the administrators were alerted; every refusal journaled, no value.
    assertTrue(admin.get(API + "/me/reminders").body().contains("BLOCKED_PERSON_ATTEMPT"));
    assertTrue(worker.get(API + "/me/reminders").body().contains("BLOCKED_PERSON_ATTEMPT"));
    List<Journal.Row> rows = Journal.since(seq);
    assertTrue(Journal.hasDetail(rows, "member.join", "BLOCKED_IDENTITY"), rows.toString());
    assertTrue(Journal.hasDetail(rows, "member.update", "BLOCKED_IDENTITY"), rows.toString());
    assertTrue(Journal.hasDetail(rows, "person.assign", "BLOCKED_EMAIL"), rows.toString());
    assertTrue(Journal.hasDetail(rows, "person.unassign", "BLOCKED_IDENTITY"), rows.toString());
    Journal.assertNoValue(rows, iLocal, mLocal, nLocal);
  }

  @Test
  void anAccessLinkForAProtectedPersonPassesTheSensitiveOperationsGate() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = tag();
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", "Lien");
    p.put("firstNames", "Protégé " + tag);
    p.put("birthDate", "1993-04-05");
    p.put("confirmDuplicate", true);
    p.put("protectedPerson", true);
    p.put("protectionReason", "DECLARED_VIOLENCE");
    p.put("assignTo", List.of(Members.accountId(worker)));
    HttpResponse<String> created = admin.json("POST", API + "/structures/" + CCAS + "/persons", p);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");
    String links = PersonAccess.url(person) + "/links";
    // D3: her identity not verified recently: refused, what is needed said.
    HttpResponse<String> unverified = worker.json("POST", links, "");
    assertProblem(unverified, 403, null);
    assertTrue(unverified.body().contains("identity-verification-required"), unverified.body());
    IdentityChecks.record(worker, person, tag);
    // S6: a member whose sign-in is an hour old signs in again first.
    assertProblem(Logins.signedInAnHourAgo("ts1.ccas").json("POST", links, ""), 401, null);
    assertEquals(201, worker.json("POST", links, "").statusCode());
  }

  /**
   * Invites a social worker (with the protected-cases habilitation or not) whose provider vouches
   * for {@code email} (none when null); returns the new account's id.
   */
  private static String joinWithEmail(
      WebClient admin, String username, boolean protectedCases, String email) throws Exception {
    if (email == null) {
      return Members.join(admin, CCAS, "SOCIAL_WORKER", protectedCases, username);
    }
    HttpResponse<String> inv =
        admin.json(
            "POST",
            API + "/structures/" + CCAS + "/invitations",
            Map.of("role", "SOCIAL_WORKER", "protectedCases", protectedCases));
    assertEquals(201, inv.statusCode(), inv.body());
    WebClient web = new WebClient();
    web.get((String) JSONObjectUtils.parse(inv.body()).get("link"));
    HttpResponse<String> callback =
        Logins.throughStaffProviderWithClaims(
            web, username, "{\"email\":\"" + email + "\",\"email_verified\":true}");
    assertEquals(Ports.base() + "/app/home.xhtml", WebClient.location(callback));
    return Members.accountId(web);
  }

  private static UUID uuid(String id) {
    return UUID.fromString(id);
  }
}
