package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.IdentityChecks;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Members;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Reminders;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The protected status and its rules (F1): who sets it, with which details, what it seals at once,
 * who loses the file; the reminder before an order lapses; and lifting, which needs her consent,
 * the structure's administrator and that administrator's fresh authentication (S6). Every change
 * and refusal journaled; no court, date or contact value in the journal.
 */
class ProtectionIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  void theStatusIsSetByWhoMayWithItsOrderAndSealsAtOnceWhatWasInClear() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    WebClient ts2 = Logins.signedIn("ts2.ccas"); // follows her, without the habilitation
    String ts2Id = Members.accountId(ts2);
    String volunteer = "benevole.protection." + suffix();
    String volunteerId = join(admin, "VOLUNTEER", false, volunteer);
    String habilitated = "ts.habilite." + suffix();
    join(admin, "SOCIAL_WORKER", true, habilitated); // habilitated, but does not follow her

    String canary = "CANARI" + suffix();
    Map<String, Object> p = person("Ordonnance");
    p.put("contact", Map.of("email", canary.toLowerCase() + "@exemple.fr", "phone", "0611223344"));
    p.put("assignTo", List.of(ts2Id, volunteerId));
    String person = id(admin.json("POST", API + "/structures/" + CCAS + "/persons", p));
    assertEquals(false, contactRow(person).sealed(), "an ordinary person's contact is in clear");
    WebClient vol = Logins.signedIn(volunteer);
    assertEquals(200, vol.get(API + "/persons/" + person).statusCode());

    String court = "Tribunal judiciaire de " + canary;
    Map<String, Object> order = new HashMap<>();
    order.put("reason", "PROTECTION_ORDER");
    order.put("since", TODAY.minusDays(10).toString());
    order.put("order", order(court, TODAY.minusDays(10), TODAY.plusDays(20)));
    long before = Journal.maxSeq();

    // Refused: who follows her without the habilitation, a volunteer (403); who does not follow
    // her, another structure (404, as for a file that does not exist).
    assertProblem(ts2.json("PUT", protection(person), order), 403, null);
    assertProblem(vol.json("PUT", protection(person), order), 403, null);
    assertProblem(Logins.signedIn(habilitated).json("PUT", protection(person), order), 404, null);
    assertProblem(Logins.signedIn("admin.asso").json("PUT", protection(person), order), 404, null);
    assertProblem(new WebClient().json("PUT", protection(person), order), 401, null);

    // Bad input: each named, nothing changed.
    assertProblem(admin.json("PUT", protection(person), Map.of("reason", "NOPE")), 400, "reason");
    assertProblem(
        admin.json(
            "PUT",
            protection(person),
            Map.of("reason", "PROTECTION_ORDER", "order", Map.of("court", court))),
        400,
        "order");
    assertProblem(
        admin.json(
            "PUT",
            protection(person),
            Map.of("reason", "PROTECTION_ORDER", "order", order(court, TODAY, TODAY.minusDays(1)))),
        400,
        "order.endsOn");
    assertProblem(
        admin.json(
            "PUT",
            protection(person),
            Map.of("reason", "DECLARED_VIOLENCE", "since", TODAY.plusDays(3).toString())),
        400,
        "since");
    assertProblem(
        admin.json(
            "PUT",
            protection(person),
            Map.of("reason", "DECLARED_VIOLENCE", "order", order(court, TODAY, TODAY.plusDays(9)))),
        400,
        "order");
    assertProblem(admin.json("PUT", protection(person), "{\"reason\":"), 400, null);
    assertEquals(false, json(admin.get(protection(person))).get("protectedPerson"));
    assertEquals(false, contactRow(person).sealed(), "a refusal changes nothing");

    // Allowed: the administrator.
    HttpResponse<String> set = admin.json("PUT", protection(person), order);
    assertEquals(200, set.statusCode(), set.body());
    Map<String, Object> view = json(set);
    assertEquals(true, view.get("protectedPerson"));
    assertEquals("PROTECTION_ORDER", view.get("reason"));
    assertEquals(TODAY.minusDays(10).toString(), view.get("since"));
    @SuppressWarnings("unchecked")
    Map<String, Object> seen = (Map<String, Object>) view.get("order");
    assertEquals(court, seen.get("court"));
    assertEquals(TODAY.plusDays(20).toString(), seen.get("endsOn"));

    // F2: the channels recorded in clear before are sealed now, nothing left in clear at rest.
    ContactRow row = contactRow(person);
    assertTrue(row.sealed());
    assertNull(row.email());
    assertNull(row.phone());
    assertFalse(
        new String(row.sealedContent(), StandardCharsets.ISO_8859_1).contains(canary.toLowerCase()),
        "the ciphertext does not hold the address");

    // S11: the volunteer lost her file on the next request, and no longer follows her.
    assertProblem(vol.get(API + "/persons/" + person), 404, null);
    String file = admin.get(API + "/persons/" + person).body();
    assertFalse(file.contains(volunteerId), file);
    assertTrue(file.contains(ts2Id), file);

    // Who follows her without the habilitation sees that she is protected, not the order's court.
    Map<String, Object> forTs2 = json(ts2.get(protection(person)));
    assertEquals(true, forTs2.get("protectedPerson"));
    assertNull(forTs2.get("order"), "a court's name says where she lives now");
    assertEquals(false, forTs2.get("canChange"));

    // A correction is journaled as such; the details never reach the journal.
    Map<String, Object> corrected = new HashMap<>(order);
    corrected.put("since", TODAY.minusDays(12).toString());
    HttpResponse<String> update = admin.json("PUT", protection(person), corrected);
    assertEquals(200, update.statusCode(), update.body());

    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "person.protect".equals(r.action())
                        && "SUCCESS".equals(r.outcome())
                        && person.equals(r.targetId())
                        && "PROTECTION_ORDER".equals(r.detail())),
        "the protection is journaled with its reason's category");
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "person.protection.update".equals(r.action())
                        && "SUCCESS".equals(r.outcome())));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "person.unassign.volunteers".equals(r.action())
                        && person.equals(r.targetId())));
    assertTrue(
        rows.stream()
                .filter(r -> "person.protect".equals(r.action()) && "REFUSED".equals(r.outcome()))
                .count()
            >= 2,
        "each refusal journaled");
    for (Journal.Row r : rows) {
      assertFalse(String.valueOf(r.detail()).contains(canary), "no court in the journal: " + r);
    }

    // F1: the order ends in 20 days; its followers are reminded, once.
    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    Reminders.run(token);
    Reminders.run(token);
    String reminders = ts2.get(API + "/me/reminders").body();
    assertEquals(
        1,
        reminders.split("\"subjectId\":\"" + person + "\"").length - 1,
        "one reminder for the order: " + reminders);
    assertTrue(reminders.contains("PROTECTION_ORDER_ENDING"), reminders);
  }

  @Test
  void liftingNeedsHerConsentTheAdministratorAndAFreshAuthentication() throws Exception {
    WebClient admin = Logins.signedInAnHourAgo("admin.ccas");
    WebClient worker = Logins.signedIn("ts1.ccas"); // habilitated in the demonstration data
    String canary = "canari." + suffix();
    Map<String, Object> p = person("Levée");
    p.put("protectedPerson", true);
    p.put("protectionReason", "DECLARED_VIOLENCE");
    p.put("contact", Map.of("email", canary + "@exemple.fr", "domiciledAtStructure", false));
    p.put("assignTo", List.of(Members.accountId(worker)));
    String person = id(admin.json("POST", API + "/structures/" + CCAS + "/persons", p));
    assertTrue(contactRow(person).sealed());
    long before = Journal.maxSeq();

    // Only the administrator lifts.
    assertProblem(worker.json("POST", lifting(person), ""), 403, null);
    assertProblem(Logins.signedIn("admin.asso").json("POST", lifting(person), ""), 404, null);
    // Not without her consent, whatever the authentication.
    assertProblem(admin.json("POST", lifting(person), ""), 409, "consent");
    assertProblem(Logins.signedIn("admin.ccas").json("POST", lifting(person), ""), 409, "consent");

    // She is present: her worker records her consent.
    HttpResponse<String> consent =
        worker.json("POST", protection(person) + "/lifting-consents", "");
    assertEquals(200, consent.statusCode(), consent.body());
    @SuppressWarnings("unchecked")
    Map<String, Object> given = (Map<String, Object>) json(consent).get("consent");
    assertEquals("IN_PERSON", given.get("way"));

    // S6: an administrator whose provider session is an hour old must sign in again.
    HttpResponse<String> stale = admin.json("POST", lifting(person), "");
    assertProblem(stale, 401, null);
    assertTrue(stale.body().contains("reauthentication-required"), stale.body());
    assertTrue(
        stale
            .headers()
            .firstValue("WWW-Authenticate")
            .orElse("")
            .contains("insufficient_user_authentication"),
        stale.headers().map().toString());
    assertEquals(
        true, json(admin.get(protection(person))).get("protectedPerson"), "nothing changed");
    assertNotNull(json(admin.get(protection(person))).get("consent"), "the consent is not spent");

    // A provider that ignores prompt=login and answers with the old auth_time changes nothing.
    String back = "/app/person.xhtml?id=" + person;
    long hourAgo = java.time.Instant.now().minusSeconds(3600).getEpochSecond();
    Logins.again(admin, "admin.ccas", back, "{\"auth_time\":" + hourAgo + "}");
    assertProblem(admin.json("POST", lifting(person), ""), 401, null);

    // She signs in again at the provider and comes back to the file.
    HttpResponse<String> callback = Logins.again(admin, "admin.ccas", back, "{}");
    assertEquals(Ports.base() + back, WebClient.location(callback));
    HttpResponse<String> lifted = admin.json("POST", lifting(person), "");
    assertEquals(200, lifted.statusCode(), lifted.body());
    assertEquals(false, json(lifted).get("protectedPerson"));

    // Her channels are back in clear: for a worker without the habilitation too.
    ContactRow row = contactRow(person);
    assertFalse(row.sealed());
    assertEquals(canary + "@exemple.fr", row.email());
    assertProblem(admin.json("POST", lifting(person), ""), 409, "protectedPerson");

    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        journaled(rows, "person.protection.lift", "REFUSED", "REAUTHENTICATION"),
        "the refusal for lack of a fresh authentication is journaled");
    assertTrue(journaled(rows, "person.protection.lift", "REFUSED", "NO_CONSENT"));
    assertTrue(journaled(rows, "person.protection.lift", "SUCCESS", "IN_PERSON"));
    assertTrue(
        rows.stream()
            .anyMatch(
                r -> "protection.consent".equals(r.action()) && "IN_PERSON".equals(r.detail())));
    for (Journal.Row r : rows) {
      assertFalse(String.valueOf(r.detail()).contains(canary), "no value in the journal: " + r);
    }

    // A consent is spent by the lifting it allowed: protected again, lifting needs a new one.
    assertEquals(
        200, admin.json("PUT", protection(person), Map.of("reason", "TRAFFICKING")).statusCode());
    assertTrue(contactRow(person).sealed(), "sealed again");
    assertProblem(admin.json("POST", lifting(person), ""), 409, "consent");
  }

  @Test
  void sheConsentsFromHerOwnAccountAndHerFollowersAreTold() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    Map<String, Object> p = person("Consentante");
    p.put("protectedPerson", true);
    p.put("protectionReason", "PROSTITUTION_EXIT");
    String person = id(worker.json("POST", API + "/structures/" + CCAS + "/persons", p));
    String other = People.onCaseload(worker);
    IdentityChecks.record(worker, person, "consent"); // D3: before her access link
    WebClient her = PersonAccess.signedIn(worker, person, Logins.uniqueName("protegee"));

    String mine = API + "/my-file/records/" + person + "/protection/lifting-consent";
    assertProblem(
        her.json("POST", API + "/my-file/records/" + other + "/protection/lifting-consent", ""),
        404,
        null);
    assertProblem(worker.json("POST", mine, ""), 403, null); // a member is not the person herself
    HttpResponse<String> given = her.json("POST", mine, "");
    assertEquals(204, given.statusCode(), given.body());

    @SuppressWarnings("unchecked")
    Map<String, Object> consent =
        (Map<String, Object>) json(worker.get(protection(person))).get("consent");
    assertEquals("OWN_ACCOUNT", consent.get("way"));
    String reminders = worker.get(API + "/me/reminders").body();
    assertTrue(reminders.contains("PROTECTION_LIFTING_CONSENT"), reminders);

    // The administrator, freshly signed in, lifts it.
    HttpResponse<String> lifted = Logins.signedIn("admin.ccas").json("POST", lifting(person), "");
    assertEquals(200, lifted.statusCode(), lifted.body());
    assertTrue(worker.get(API + "/me/reminders").body().contains("PROTECTION_LIFTED"));
  }

  @Test
  void aWorkerWithoutTheHabilitationCannotRecordSomeoneAsProtected() throws Exception {
    WebClient ts2 = Logins.signedIn("ts2.ccas");
    String last = "Refusée" + suffix().substring(0, 4);
    Map<String, Object> p = person(last);
    p.put("lastName", last);
    p.put("protectedPerson", true);
    p.put("protectionReason", "DECLARED_VIOLENCE");
    assertProblem(ts2.json("POST", API + "/structures/" + CCAS + "/persons", p), 403, null);
    String found =
        Logins.signedIn("admin.ccas")
            .get(API + "/structures/" + CCAS + "/persons?q=" + last)
            .body();
    assertFalse(found.contains(last), "nothing was recorded: " + found);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * F1: a member of her structure without the <em>protected cases</em> habilitation — her social
   * worker or the administrator — sees her name and that her file is protected, nothing else: not
   * in her file, not in the list, not through a search by number, not her mandates, messages or
   * access. The habilitation is read on each request (S11).
   */
  @Test
  void withoutTheHabilitationAProtectedPersonIsANameAndNothingElse() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas"); // the administrator, not habilitated
    WebClient ts2 = Logins.signedIn("ts2.ccas"); // follows her, not habilitated
    String habilitatedName = "ts.habilite.voit." + suffix();
    String habilitatedId = join(admin, "SOCIAL_WORKER", true, habilitatedName);
    WebClient habilitated = Logins.signedIn(habilitatedName);

    String number = String.valueOf(7_000_000_000L + (long) (Math.random() * 999_999_999L));
    String last = "Restreinte" + suffix();
    Map<String, Object> p = person(last);
    p.put("foreignNationalNumber", number);
    p.put("birthPlace", "Lieu" + suffix());
    p.put("protectedPerson", true);
    p.put("protectionReason", "DECLARED_VIOLENCE");
    p.put("contact", Map.of("phone", "0699887766"));
    p.put("assignTo", List.of(Members.accountId(ts2), habilitatedId));
    String person = id(admin.json("POST", API + "/structures/" + CCAS + "/persons", p));
    long before = Journal.maxSeq();

    for (WebClient restricted : List.of(ts2, admin)) {
      HttpResponse<String> r = restricted.get(API + "/persons/" + person);
      assertEquals(200, r.statusCode(), r.body());
      Map<String, Object> v = json(r);
      assertEquals(true, v.get("restricted"));
      assertEquals(true, v.get("protectedPerson"));
      assertEquals(last, v.get("lastName"));
      for (String hidden :
          List.of(
              "birthDate",
              "birthPlace",
              "foreignNationalNumber",
              "contact",
              "protectionReason",
              "createdAt")) {
        assertNull(v.get(hidden), hidden + " is not shown without the habilitation");
      }
      assertFalse(r.body().contains(number), r.body());
      assertFalse(r.body().contains((String) p.get("birthPlace")), r.body());
      assertFalse(r.body().contains("1988-06"), r.body());
      if (restricted == ts2) {
        // Who may not change her protection is not told its reason; the administrator is.
        assertNull(json(restricted.get(protection(person))).get("reason"));
      }

      // Her file's contents: refused, and she is still named as protected (403, not 404).
      for (String path :
          List.of("/mandates", "/messages", "/mail-address", "/access", "/access/links")) {
        HttpResponse<String> refused =
            path.endsWith("links")
                ? restricted.json("POST", API + "/persons/" + person + path, Map.of())
                : restricted.get(API + "/persons/" + person + path);
        assertProblem(refused, 403, null);
        assertFalse(refused.body().contains(number), refused.body());
      }

      // The list: her name and the badge, no birth date; a search by her number finds nothing.
      HttpResponse<String> byName =
          restricted.get(API + "/structures/" + CCAS + "/persons?q=" + last);
      assertEquals(200, byName.statusCode(), byName.body());
      assertTrue(byName.body().contains(person), byName.body());
      assertTrue(byName.body().contains("\"restricted\":true"), byName.body());
      assertFalse(byName.body().contains("1988-06"), byName.body());
      HttpResponse<String> byNumber =
          restricted.get(API + "/structures/" + CCAS + "/persons?q=" + number);
      assertEquals(200, byNumber.statusCode(), byNumber.body());
      assertFalse(byNumber.body().contains(person), "a search by number never finds her");
    }
    // The administrator still manages who follows her, and locks her access in an emergency.
    assertEquals(200, admin.get(API + "/persons/" + person + "/emergency-lock").statusCode());
    assertTrue(admin.get(API + "/persons/" + person).body().contains(habilitatedId));

    // The habilitated member who follows her sees her file (sealed channels masked without a
    // mandate) and finds her by number.
    Map<String, Object> full = json(habilitated.get(API + "/persons/" + person));
    assertEquals(false, full.get("restricted"));
    assertEquals(number, full.get("foreignNationalNumber"));
    assertEquals(true, full.get("contactMasked"));
    assertEquals(200, habilitated.get(API + "/persons/" + person + "/mandates").statusCode());
    assertTrue(
        habilitated
            .get(API + "/structures/" + CCAS + "/persons?q=" + number)
            .body()
            .contains(person));

    // S11: the habilitation withdrawn, her file is closed to him on the next request.
    HttpResponse<String> withdrawn =
        admin.json(
            "PATCH",
            API + "/structures/" + CCAS + "/members/" + habilitatedId,
            Map.of("protectedCases", false));
    assertEquals(200, withdrawn.statusCode(), withdrawn.body());
    assertEquals(true, json(habilitated.get(API + "/persons/" + person)).get("restricted"));
    assertProblem(habilitated.get(API + "/persons/" + person + "/mandates"), 403, null);

    List<Journal.Row> rows = Journal.since(before);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "mandate.list".equals(r.action())
                        && "REFUSED".equals(r.outcome())
                        && person.equals(r.targetId())
                        && "PROTECTED_FILE".equals(r.detail())),
        "each refusal is journaled");
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "person.view".equals(r.action())
                        && "SUCCESS".equals(r.outcome())
                        && "restricted".equals(r.detail())),
        "a restricted view is journaled as such");
    assertTrue(rows.stream().noneMatch(r -> String.valueOf(r.detail()).contains(number)));
  }

  private static String protection(String person) {
    return API + "/persons/" + person + "/protection";
  }

  private static String lifting(String person) {
    return protection(person) + "/lifting";
  }

  /** Whether the journal rows hold this action with this outcome and detail. */
  private static boolean journaled(
      List<Journal.Row> rows, String action, String outcome, String detail) {
    return rows.stream()
        .anyMatch(
            r ->
                action.equals(r.action())
                    && outcome.equals(r.outcome())
                    && detail.equals(r.detail()));
  }

  private static Map<String, Object> order(String court, LocalDate issuedOn, LocalDate endsOn) {
    return Map.of("court", court, "issuedOn", issuedOn.toString(), "endsOn", endsOn.toString());
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, Object> person(String last) {
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", last);
    p.put("firstNames", "Prénom " + suffix());
    p.put("birthDate", "1988-06-1" + (int) (Math.random() * 9));
    p.put("confirmDuplicate", true);
    return p;
  }

  private static String id(HttpResponse<String> r) throws Exception {
    assertEquals(201, r.statusCode(), r.body());
    return (String) json(r).get("id");
  }

  private static String join(WebClient admin, String role, boolean protectedCases, String username)
      throws Exception {
    return Members.join(admin, CCAS, role, protectedCases, username);
  }

  record ContactRow(boolean sealed, String email, String phone, byte[] sealedContent) {}

  /** The person's contact row as the database holds it. */
  private static ContactRow contactRow(String person) throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select sealed, email, phone, sealed_content from person_contact"
                    + " where person_id = ?")) {
      ps.setObject(1, UUID.fromString(person));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "a contact row");
        return new ContactRow(rs.getBoolean(1), rs.getString(2), rs.getString(3), rs.getBytes(4));
      }
    }
  }
}
