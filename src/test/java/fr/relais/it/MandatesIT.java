package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.relais.it.support.Downloads;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Reminders;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestClock;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mandates (B1-B3, S10, S60, S71): creation with a consent PDF whose hash verifies, activation by
 * the signed scan only, the on-behalf check allowing exactly what an active scope covers,
 * revocation of one scope or the whole, expiry and its 30-day reminder, the ASE majority rule and
 * reminder.
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock")
class MandatesIT extends RelaisIT {

  private static final String LIST =
      Ports.base() + "/api/v1/structures/" + Structures.CCAS + "/persons";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  void aMandateIsActiveOnlyWithItsEvidenceAndAllowsExactlyItsScopes() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    long before = Journal.maxSeq();
    HttpResponse<String> created =
        worker.json(
            "POST",
            Mandates.of(person),
            Mandates.body(
                TODAY,
                TODAY.plusMonths(6),
                List.of("CHANGEMENT_ADRESSE", "ETUDIANT_RENOUVELLEMENT")));
    assertEquals(201, created.statusCode(), created.body());
    Map<String, Object> m = json(created);
    String id = (String) m.get("id");
    assertEquals("AWAITING_EVIDENCE", m.get("status"));
    assertProblem(Mandates.onBehalfCheck(worker, person, "CHANGEMENT_ADRESSE"), 403, null);

    HttpResponse<byte[]> pdf = Downloads.bytes(worker, Mandates.url(id) + "/consent-document");
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    assertEquals("nosniff", pdf.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(
        m.get("consentSha256"),
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())),
        "the hash kept is the hash of the document");
    PdfReader reader = new PdfReader(pdf.body());
    String text = new PdfTextExtractor(reader).getTextFromPage(1).replace('\u00a0', ' ');
    assertTrue(
        text.contains("Changement d'adresse") || text.contains("Changement d’adresse"), text);
    assertTrue(
        text.contains(TODAY.plusMonths(6).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))), text);
    assertTrue(text.contains((String) m.get("verificationCode")), text);

    assertProblem(
        Mandates.upload(worker, id, "application/pdf", "not a pdf".getBytes()), 400, "evidence");
    assertProblem(Mandates.upload(worker, id, "text/plain", "x".getBytes()), 415, null);
    assertProblem(
        Mandates.upload(worker, id, "application/pdf", new byte[11 * 1024 * 1024]), 413, null);
    assertEquals(
        "AWAITING_EVIDENCE", json(worker.get(Mandates.url(id))).get("status"), "nothing changed");

    HttpResponse<String> activated = Mandates.upload(worker, id, "application/pdf", pdf.body());
    assertEquals("ACTIVE", json(activated).get("status"), activated.body());
    HttpResponse<String> allowed = Mandates.onBehalfCheck(worker, person, "CHANGEMENT_ADRESSE");
    assertEquals(200, allowed.statusCode(), allowed.body());
    assertEquals(id, json(allowed).get("mandateId"));
    assertProblem(Mandates.onBehalfCheck(worker, person, "AUTORISATION_TRAVAIL"), 403, null);

    assertEquals(
        200,
        worker.json("DELETE", Mandates.url(id) + "/scopes/CHANGEMENT_ADRESSE", "").statusCode());
    assertProblem(Mandates.onBehalfCheck(worker, person, "CHANGEMENT_ADRESSE"), 403, null);
    assertEquals(
        200, Mandates.onBehalfCheck(worker, person, "ETUDIANT_RENOUVELLEMENT").statusCode());
    HttpResponse<String> revoked =
        worker.json(
            "POST",
            Mandates.url(id) + "/revocation",
            Map.of("reason", "À la demande de la personne"));
    assertEquals("REVOKED", json(revoked).get("status"));
    assertProblem(Mandates.onBehalfCheck(worker, person, "ETUDIANT_RENOUVELLEMENT"), 403, null);

    List<Journal.Row> rows = Journal.since(before);
    for (String action :
        List.of(
            "mandate.create",
            "mandate.evidence.attach",
            "mandate.scope.revoke",
            "mandate.revoke")) {
      assertTrue(
          rows.stream().anyMatch(r -> r.action().equals(action) && person.equals(r.targetId())),
          action);
    }
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.action().equals("mandate.on-behalf.check")
                        && r.outcome().equals("REFUSED")
                        && r.detail().contains("AUTORISATION_TRAVAIL")));
  }

  @Test
  void badMandatesAreRefusedWithTheFieldAndOthersCannotTouchThePerson() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    int before = Json.array(worker.get(Mandates.of(person)).body()).size();
    assertProblem(
        worker.json(
            "POST", Mandates.of(person), Mandates.body(TODAY, TODAY.minusDays(1), List.of("DCEM"))),
        400,
        "endsOn");
    assertProblem(
        worker.json(
            "POST",
            Mandates.of(person),
            Mandates.body(TODAY, TODAY.plusMonths(13), List.of("DCEM"))),
        400,
        "endsOn");
    assertProblem(
        worker.json(
            "POST",
            Mandates.of(person),
            Mandates.body(TODAY.minusDays(3), TODAY.plusMonths(2), List.of("DCEM"))),
        400,
        "startsOn");
    assertProblem(
        worker.json(
            "POST",
            Mandates.of(person),
            Mandates.body(TODAY, TODAY.plusMonths(2), List.of("PASSEPORT_LUNAIRE"))),
        400,
        "scopes");
    assertProblem(
        worker.json(
            "POST", Mandates.of(person), Mandates.body(TODAY, TODAY.plusMonths(2), List.of())),
        400,
        "scopes");
    Map<String, Object> other = Mandates.body(TODAY, TODAY.plusMonths(2), List.of("DCEM"));
    other.put("legalBasis", "OTHER");
    assertProblem(worker.json("POST", Mandates.of(person), other), 400, "basisText");
    Map<String, Object> guardianship = Mandates.body(TODAY, TODAY.plusMonths(2), List.of("DCEM"));
    guardianship.put("legalBasis", "ASE_GUARDIANSHIP");
    assertProblem(worker.json("POST", Mandates.of(person), guardianship), 400, "legalBasis");
    assertProblem(
        worker.json("POST", Mandates.of(person), "{\"startsOn\": \"demain\"}"), 400, null);
    int after = Json.array(worker.get(Mandates.of(person)).body()).size();
    assertEquals(before, after, "no mandate was created");

    Map<String, Object> ok = Mandates.body(TODAY, TODAY.plusMonths(2), List.of("DCEM"));
    assertEquals(
        404, Logins.signedIn("ts2.ccas").json("POST", Mandates.of(person), ok).statusCode());
    assertEquals(
        404, Logins.signedIn("admin.asso").json("POST", Mandates.of(person), ok).statusCode());
    assertEquals(404, Logins.signedIn("ts2.ccas").get(Mandates.of(person)).statusCode());
  }

  @Test
  void aMandateExpiresAndItsMembersAreRemindedThirtyDaysBefore() throws Exception {
    WebClient worker = Logins.signedIn("ts2.ccas");
    String person = People.onCaseload(worker);
    Map<String, Object> m =
        Mandates.active(worker, person, TODAY, TODAY.plusDays(40), List.of("DUPLICATA"));
    String id = (String) m.get("id");
    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    try {
      TestClock.shiftDays(token, 11);
      Reminders.run(token);
      worker = Logins.signedIn("ts2.ccas");
      String mine = worker.get(Ports.base() + "/api/v1/me/reminders").body();
      assertTrue(mine.contains("\"subjectId\":\"" + id + "\""), mine);
      assertTrue(mine.contains("MANDATE_ENDING"));
      Reminders.run(token);
      assertEquals(
          mine.split("\"id\"").length,
          worker.get(Ports.base() + "/api/v1/me/reminders").body().split("\"id\"").length,
          "a second run reminds nobody twice");
      assertEquals(200, Mandates.onBehalfCheck(worker, person, "DUPLICATA").statusCode());

      TestClock.shiftDays(token, 41);
      worker = Logins.signedIn("ts2.ccas");
      assertEquals("EXPIRED", json(worker.get(Mandates.url(id))).get("status"));
      assertProblem(Mandates.onBehalfCheck(worker, person, "DUPLICATA"), 403, null);
    } finally {
      TestClock.shiftDays(token, 0);
    }
  }

  @Test
  void aGuardianshipMandateEndsAtMajorityAndTheOfficerIsRemindedSixtyDaysBefore() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String ts1 =
        (String)
            json(Logins.signedIn("ts1.ccas").get(Ports.base() + "/api/v1/me")).get("accountId");
    LocalDate birth = TODAY.minusYears(18).plusDays(50);
    Map<String, Object> minor = new HashMap<>();
    minor.put("lastName", "Keita");
    minor.put("firstNames", "Sékou Mineur");
    minor.put("birthDate", birth.toString());
    minor.put("aseMinor", true);
    minor.put("guardianshipReference", "TE-2026-0042");
    minor.put("assignTo", List.of(ts1));
    minor.put("confirmDuplicate", true);
    HttpResponse<String> created = admin.json("POST", LIST, minor);
    assertEquals(201, created.statusCode(), created.body());
    String person = (String) json(created).get("id");
    LocalDate majority = birth.plusYears(18);

    Map<String, Object> tooLong =
        Mandates.body(TODAY, majority.plusDays(1), List.of("JEUNE_MAJEUR_ASE"));
    tooLong.put("legalBasis", "ASE_GUARDIANSHIP");
    tooLong.put("basisReference", "TE-2026-0042");
    assertProblem(admin.json("POST", Mandates.of(person), tooLong), 400, "endsOn");
    Map<String, Object> consent = Mandates.body(TODAY, majority, List.of("JEUNE_MAJEUR_ASE"));
    assertProblem(admin.json("POST", Mandates.of(person), consent), 400, "legalBasis");
    Map<String, Object> guardianship = Mandates.body(TODAY, majority, List.of("JEUNE_MAJEUR_ASE"));
    guardianship.put("legalBasis", "ASE_GUARDIANSHIP");
    guardianship.put("basisReference", "TE-2026-0042");
    assertEquals(201, admin.json("POST", Mandates.of(person), guardianship).statusCode());

    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    Reminders.run(token);
    String reminders =
        Logins.signedIn("ts1.ccas").get(Ports.base() + "/api/v1/me/reminders").body();
    assertTrue(reminders.contains("\"subjectId\":\"" + person + "\""), reminders);
    assertTrue(reminders.contains("ASE_MAJORITY"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDashboardListsMandatesEndingSoonWithinWhatEachMemberMaySee() throws Exception {
    String ending = LIST + "/mandates-ending?days=30";
    List<Map<String, Object>> all = Json.array(Logins.signedIn("admin.ccas").get(ending).body());
    assertTrue(all.size() >= 2, "demo mandates ending within 20 days: " + all);
    WebClient worker = Logins.signedIn("ts1.ccas");
    HttpResponse<String> mine = worker.get(ending);
    assertEquals(200, mine.statusCode(), mine.body());
    int count = mine.body().split("\"mandateId\"").length - 1;
    assertTrue(count < all.size(), "a social worker sees only their caseload");
    assertProblem(worker.get(LIST + "/mandates-ending?days=0"), 400, "days");
    assertProblem(Logins.signedIn("ts1.asso").get(ending), 404, null); // as unknown (S40)
  }

  @Test
  void theConsentFormSheTakesHomeNamesNoViolence() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    HttpResponse<String> created =
        worker.json(
            "POST",
            Mandates.of(person),
            Mandates.body(
                TODAY, TODAY.plusMonths(6), List.of("VIOLENCES_CONJUGALES", "DUPLICATA")));
    assertEquals(201, created.statusCode(), created.body());
    String id = (String) json(created).get("id");
    HttpResponse<byte[]> pdf = Downloads.bytes(worker, Mandates.url(id) + "/consent-document");
    assertEquals(200, pdf.statusCode());
    PdfReader reader = new PdfReader(pdf.body());
    StringBuilder all = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      all.append(new PdfTextExtractor(reader).getTextFromPage(page).replace('\u00a0', ' '));
    }
    String text = all.toString().replaceAll("\\s+", " ");
    // S44: the paper may be found by the one she fled.
    for (String word : List.of("violence", "Violence", "victime", "Victime", "conjugal")) {
      assertFalse(text.contains(word), "the consent form says « " + word + " »: " + text);
    }
    assertTrue(text.contains("Demande de titre de séjour"), text);
    assertTrue(text.contains("Duplicata"), "other procedures keep their name: " + text);
    assertEquals(
        "Victime de violences conjugales",
        ((List<?>) json(worker.get(Mandates.url(id))).get("scopes"))
            .stream()
                .map(x -> (Map<?, ?>) x)
                .filter(x -> "VIOLENCES_CONJUGALES".equals(x.get("code")))
                .map(x -> x.get("label"))
                .findFirst()
                .orElse(null),
        "behind her structure's login, the exact label stays");
  }
}
