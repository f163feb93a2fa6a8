package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Procedures;
import fr.relais.it.support.Sirets;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestClock;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * S14: the authorization matrix, driven through real HTTP. Endpoints × actors (operator, prefecture
 * agent of the structure's department and of another department, administrator, social worker,
 * volunteer, member of another structure, deactivated member, member of a suspended structure, the
 * accompanied person with their own access) × person on / off the caseload × mandate active /
 * expired / revoked / scope missing × protected or not; every cell has its expected status, and ids
 * swapped between structures fail (IDOR).
 *
 * <p>Each cell (operation × caller) is its own test case, named after the operation, the caller and
 * the expected status, so that one failing cell hides none of the others. The people, mandates,
 * procedures and messages the cells act on are set up once for the class, today; the cells then run
 * in this order: the deactivated member and the suspended structure (today), the sealed data (F1,
 * F2, S12, today), and the main matrix three days later, once the short mandate has expired.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock")
class AuthorizationMatrixIT extends RelaisIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final String ASSO = Structures.ASSO;

  /**
   * The callers of the main matrix, in the order of the verdicts of each {@link #row}. A route
   * under /structures/{id} answers whoever may not know that structure — another structure's
   * members, an agent of other departments, an accompanied person — as for an unknown id, 404
   * (S40); who knows it (its members, the operator, an agent of its departments) 403.
   */
  private static final List<String> CALLERS =
      List.of(
          "operator",
          "agent",
          "administrator",
          "social worker",
          "volunteer",
          "other structure",
          "other administrator",
          // S10: a prefecture agent covering another department (the Rhône) than the CCAS's (47).
          "agent of another department",
          "person (own access)");

  // --- The fixtures, set up once, today (see setUpToday) ----------------------------------------

  // The CCAS's social worker and the volunteer who follows the person on the caseload.
  private static String swId;
  private static String volunteerId;
  // People of the CCAS: on ts1.ccas's caseload, on ts2.ccas's only, protected on ts1.ccas's.
  private static String inCaseload;
  private static String offCaseload;
  private static String protectedOne;
  // Procedures (C1, B2): on the caseload, off it, and one whose mandate was then revoked.
  private static String procIn;
  private static String procOff;
  private static String procRevoked;
  private static String offCaseloadMandate;
  // The person on the caseload has opened their own access under this name.
  private static String personUsername;
  // A deactivated member's session, still open (S11).
  private static WebClient former;
  // A structure that was accredited, then suspended, with its administrator and one person.
  private static String suspended;
  private static String suspendedAdminId;
  private static WebClient suspendedAdmin;
  private static String ownPerson;
  // A request for accreditation waiting in department 47.
  private static String waiting;
  // Mail filed in the records, its attachment, and a message in the CCAS's triage.
  private static String inMessage;
  private static String offMessage;
  private static String protectedMessage;
  private static String assoMessage;
  private static String assoPersonId;
  private static String attachment;
  private static String triaged;
  // The sealed-data people (label → id and phone) and the members who look at them.
  private static final Map<String, String> sealedIds = new LinkedHashMap<>();
  private static final Map<String, String> sealedPhones = new LinkedHashMap<>();
  private static final Map<String, String> sealedUsernames = new LinkedHashMap<>();
  private static final Map<String, String> sealedExpected = new LinkedHashMap<>();

  // Whether the test clock was moved three days on, for the main matrix (back in backToToday).
  private static boolean shifted;

  @BeforeAll
  static void setUpToday() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    WebClient sw = Logins.signedIn("ts1.ccas");
    swId = (String) json(sw.get(API + "/me")).get("accountId");
    String ts2Id = (String) json(Logins.signedIn("ts2.ccas").get(API + "/me")).get("accountId");
    String caseloads = API + "/structures/" + CCAS + "/persons";

    inCaseload = id(sw.json("POST", caseloads, person("Dedans", false, null)), 201);
    offCaseload = id(admin.json("POST", caseloads, person("Dehors", false, List.of(ts2Id))), 201);
    protectedOne = id(sw.json("POST", caseloads, person("Protegee", true, null)), 201);
    volunteerId = join(admin, CCAS, "VOLUNTEER", "benevole.matrice");
    assertEquals(
        200,
        admin
            .json(
                "PUT",
                API + "/persons/" + inCaseload + "/assignments",
                Map.of("accountIds", List.of(swId, volunteerId)))
            .statusCode());
    assertEquals(
        200,
        admin
            .json(
                "PUT",
                API + "/persons/" + protectedOne + "/assignments",
                Map.of("accountIds", List.of(swId)))
            .statusCode());
    mandate(sw, inCaseload, TODAY.plusMonths(6), "CHANGEMENT_ADRESSE", true);
    String revoked = mandate(sw, inCaseload, TODAY.plusMonths(6), "DUPLICATA", true);
    procIn =
        (String) Procedures.created(sw, inCaseload, Map.of("type", "CHANGEMENT_ADRESSE")).get("id");
    Procedures.act(sw, procIn, Map.of("action", "FILE"));
    procRevoked =
        (String) Procedures.created(sw, inCaseload, Map.of("type", "DUPLICATA")).get("id");
    assertEquals(
        200, sw.json("POST", API + "/mandates/" + revoked + "/revocation", Map.of()).statusCode());
    // Expires in three days' time, when the main matrix runs.
    mandate(sw, inCaseload, TODAY.plusDays(1), "ETUDIANT_PREMIERE", true);
    mandate(sw, inCaseload, TODAY.plusMonths(2), "AUTORISATION_TRAVAIL", false);
    offCaseloadMandate = mandate(admin, offCaseload, TODAY.plusMonths(6), "DUPLICATA", true);
    procOff =
        (String) Procedures.created(admin, offCaseload, Map.of("type", "DUPLICATA")).get("id");
    Procedures.act(admin, procOff, Map.of("action", "FILE"));

    // The person on the caseload opens their own access (a link handed over by the worker).
    personUsername = "personne.matrice." + UUID.randomUUID().toString().substring(0, 6);
    WebClient ownAccess = new WebClient();
    ownAccess.get(
        (String)
            json(sw.json("POST", API + "/persons/" + inCaseload + "/access/links", ""))
                .get("link"));
    assertEquals(
        Ports.base() + "/app/my-file.xhtml",
        WebClient.location(Logins.throughStaffProvider(ownAccess, personUsername)));

    // A deactivated member: their still-open session is refused at once (S11).
    String formerId = join(admin, CCAS, "SOCIAL_WORKER", "ancien.matrice");
    former = new WebClient();
    former.get(
        (String)
            json(admin.json(
                    "POST",
                    API + "/structures/" + CCAS + "/invitations",
                    Map.of("role", "SOCIAL_WORKER")))
                .get("link"));
    Logins.throughStaffProvider(former, "ancien.matrice.bis");
    String formerBisId = (String) json(former.get(API + "/me")).get("accountId");
    assertEquals(
        200,
        admin
            .json(
                "POST",
                API + "/structures/" + CCAS + "/members/" + formerBisId + "/deactivation",
                "{}")
            .statusCode());
    assertTrue(formerId.length() > 0);

    // A member of a structure that gets suspended.
    WebClient operator = Logins.signedIn("operateur");
    WebClient agent = Logins.signedIn("agent.prefecture");
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("name", "Structure Matrice");
    registration.put("type", "OTHER");
    registration.put("siret", "44306184100047");
    registration.put("addressLine", "1 place de la Matrice");
    registration.put("postalCode", "69001");
    registration.put("city", "Lyon");
    registration.put("departments", List.of("47"));
    registration.put("contactEmail", "matrice@example.org");
    suspended = id(operator.json("POST", API + "/structures", registration), 201);
    assertEquals(
        200,
        agent
            .json(
                "POST",
                API + "/structures/" + suspended + "/accreditation-decisions",
                Map.of(
                    "decision", "ACCREDIT",
                    "departments", List.of("47"),
                    "validFrom", TODAY.toString(),
                    "validUntil", TODAY.plusYears(1).toString()))
            .statusCode());
    suspendedAdmin = new WebClient();
    suspendedAdmin.get(
        (String)
            json(operator.json(
                    "POST",
                    API + "/structures/" + suspended + "/invitations",
                    Map.of("role", "STRUCTURE_ADMINISTRATOR")))
                .get("link"));
    Logins.throughStaffProvider(suspendedAdmin, "admin.suspendue");
    suspendedAdminId = (String) json(suspendedAdmin.get(API + "/me")).get("accountId");
    ownPerson =
        id(
            suspendedAdmin.json(
                "POST",
                API + "/structures/" + suspended + "/persons",
                person("Suspendue", false, List.of(suspendedAdminId))),
            201);
    assertEquals(
        200,
        agent
            .json(
                "POST",
                API + "/structures/" + suspended + "/accreditation-decisions",
                Map.of("decision", "SUSPEND", "reason", "Contrôle"))
            .statusCode());

    // A request waiting in department 47 (the demo agent's, not agent.prefecture2's).
    Map<String, Object> waitingRequest = new LinkedHashMap<>(registration);
    waitingRequest.put("name", "Structure Matrice en attente");
    waitingRequest.put("siret", Sirets.random());
    waiting = id(operator.json("POST", API + "/structures", waitingRequest), 201);

    // Mail filed in the records: on the caseload (with an attachment), off it, of the protected
    // person, of another structure's person; and one in the CCAS's triage.
    MailTraffic.Person inMail = MailTraffic.address(sw, inCaseload);
    TestEnvironment.mail()
        .deliver(
            MailTraffic.withAttachment(
                UUID.randomUUID() + "@anef.test",
                inMail.address(),
                "Matrice avec pièce",
                "Texte.",
                "piece.pdf",
                "application/pdf",
                MailTraffic.pdf("matrice")));
    TestEnvironment.mail()
        .deliver(
            MailTraffic.message(
                MailTraffic.address(admin, offCaseload).address(),
                "Matrice hors portefeuille",
                "Texte."));
    TestEnvironment.mail()
        .deliver(
            MailTraffic.message(
                MailTraffic.address(sw, protectedOne).address(), "Matrice protégée", "Texte."));
    WebClient assoWorker = Logins.signedIn("ts1.asso");
    MailTraffic.Person assoPerson = MailTraffic.newPerson(assoWorker, ASSO, "MatriceAsso");
    assoPersonId = assoPerson.id();
    TestEnvironment.mail()
        .deliver(MailTraffic.message(assoPerson.address(), "Matrice autre structure", "Texte."));
    TestEnvironment.mail()
        .deliver(
            MailTraffic.message(
                inMail.structureLocalPart() + "@relais.test", "Matrice à trier", "Texte."));
    inMessage = (String) MailTraffic.awaitMessages(sw, inCaseload, 1).get(0).get("id");
    offMessage = (String) MailTraffic.awaitMessages(admin, offCaseload, 1).get(0).get("id");
    protectedMessage = (String) MailTraffic.awaitMessages(sw, protectedOne, 1).get(0).get("id");
    assoMessage =
        (String) MailTraffic.awaitMessages(assoWorker, assoPerson.id(), 1).get(0).get("id");
    @SuppressWarnings("unchecked")
    String firstAttachment =
        (String)
            ((List<Map<String, Object>>)
                    json(sw.get(API + "/messages/" + inMessage)).get("attachments"))
                .get(0)
                .get("id");
    attachment = firstAttachment;
    MailTraffic.awaitInboxDrained();
    @SuppressWarnings("unchecked")
    String triagedId =
        ((List<Map<String, Object>>)
                json(admin.get(API + "/structures/" + CCAS + "/triage?limit=200")).get("items"))
            .stream()
                .filter(i -> "Matrice à trier".equals(i.get("subject")))
                .map(i -> (String) i.get("id"))
                .findFirst()
                .orElseThrow();
    triaged = triagedId;

    setUpSealedData(admin);
  }

  /**
   * F1, F2, S12: people whose contact is sealed, followed or not by members with or without the
   * protected-cases habilitation, with a mandate active, revoked or none.
   */
  private static void setUpSealedData(WebClient admin) throws Exception {
    // admin.ccas has no protected-cases habilitation.
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String habAdminName = "admin.habilite." + tag;
    String habAdminId = Members.join(admin, CCAS, "STRUCTURE_ADMINISTRATOR", true, habAdminName);
    String habName = "ts.habilite.matrice." + tag;
    String habId = Members.join(admin, CCAS, "SOCIAL_WORKER", true, habName);
    String habOtherName = "ts.habilite.ailleurs." + tag;
    Members.join(admin, CCAS, "SOCIAL_WORKER", true, habOtherName);
    String plainName = "ts.simple.matrice." + tag;
    String plainId = Members.join(admin, CCAS, "SOCIAL_WORKER", false, plainName);
    String volunteerName = "benevole.matrice." + tag;
    String volunteerId = Members.join(admin, CCAS, "VOLUNTEER", false, volunteerName);
    WebClient hab = Logins.signedIn(habName);

    String[][] people = {
      // label, protected, followers
      {"ordinary, mandate active", "false", habId + "," + plainId + "," + volunteerId},
      {"protected, mandate active", "true", habId + "," + plainId + "," + habAdminId},
      {"protected, mandate revoked", "true", habId + "," + plainId + "," + habAdminId},
      {"protected, no mandate", "true", habId},
    };
    for (String[] row : people) {
      String phone = "06" + String.format("%08d", (long) (Math.random() * 100_000_000L));
      Map<String, Object> p =
          person(
              "Scelle" + tag + sealedIds.size(),
              Boolean.parseBoolean(row[1]),
              List.of(row[2].split(",")));
      p.put("contact", Map.of("phone", phone));
      String id = id(admin.json("POST", API + "/structures/" + CCAS + "/persons", p), 201);
      sealedIds.put(row[0], id);
      sealedPhones.put(row[0], phone);
    }
    Mandates.active(
        hab, sealedIds.get(people[0][0]), TODAY, TODAY.plusMonths(3), List.of("DUPLICATA"));
    Mandates.active(
        hab, sealedIds.get(people[1][0]), TODAY, TODAY.plusMonths(3), List.of("DUPLICATA"));
    String revoked =
        (String)
            Mandates.active(
                    hab,
                    sealedIds.get(people[2][0]),
                    TODAY,
                    TODAY.plusMonths(3),
                    List.of("DUPLICATA"))
                .get("id");
    assertEquals(
        200,
        hab.json("POST", Mandates.url(revoked) + "/revocation", Map.of("reason", "fin"))
            .statusCode());

    // Expected per person, in the order above: C clear, M masked, R restricted, H hidden.
    sealed("administrator without the habilitation", "admin.ccas", "CRRR");
    sealed("administrator with the habilitation", habAdminName, "CCMM");
    sealed("social worker with the habilitation", habName, "CCMM");
    sealed("social worker with the habilitation, following none", habOtherName, "HHHH");
    sealed("social worker without the habilitation", plainName, "CRRH");
    sealed("volunteer", volunteerName, "CHHH");
    sealed("other administrator", "admin.asso", "HHHH");
    sealed("operator", "operateur", "HHHH");
  }

  private static void sealed(String caller, String username, String expected) {
    sealedUsernames.put(caller, username);
    sealedExpected.put(caller, expected);
  }

  @AfterAll
  static void backToToday() throws Exception {
    if (shifted) {
      TestClock.shiftDays(
          TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5)), 0);
    }
  }

  /** S11 and the suspension: cells checked today, right after the set-up. */
  @TestFactory
  @Order(1)
  Stream<DynamicTest> aDeactivatedMemberAndASuspendedStructureAreRefused() {
    return Stream.of(
        cell(
            "deactivated",
            "view own structure's person",
            () -> former.get(API + "/persons/" + inCaseload),
            401),
        cell(
            "deactivated",
            "list caseload",
            () -> former.get(API + "/structures/" + CCAS + "/persons"),
            401),
        cell(
            "deactivated",
            "act on behalf",
            () -> Mandates.onBehalfCheck(former, inCaseload, "CHANGEMENT_ADRESSE"),
            401),
        cell(
            "suspended structure",
            "list own caseload",
            () -> suspendedAdmin.get(API + "/structures/" + suspended + "/persons"),
            403),
        cell(
            "suspended structure",
            "view own person",
            () -> suspendedAdmin.get(API + "/persons/" + ownPerson),
            403),
        cell(
            "suspended structure",
            "record a person",
            () ->
                suspendedAdmin.json(
                    "POST",
                    API + "/structures/" + suspended + "/persons",
                    person("Encore", false, List.of(suspendedAdminId))),
            403),
        cell(
            "suspended structure",
            "see why",
            () -> suspendedAdmin.get(API + "/structures/" + suspended),
            200));
  }

  /**
   * F1, F2, S12: sealed data through the API and the pages, role × habilitation × caseload ×
   * mandate state × protection. Each cell is one of: the contact in clear, the file with the
   * contact « masqué », the protected person's name only (restricted), or nothing (404, as for a
   * file that does not exist). The contact's value appears in no answer but the clear ones.
   */
  @TestFactory
  @Order(2)
  Stream<DynamicTest> sealedDataIsClearOnlyUnderTheAccessRuleInTheApiAndThePages()
      throws Exception {
    List<DynamicTest> cells = new ArrayList<>();
    for (Map.Entry<String, String> caller : sealedExpected.entrySet()) {
      String username = sealedUsernames.get(caller.getKey());
      WebClient w = Logins.signedIn(username);
      int k = 0;
      for (String label : sealedIds.keySet()) {
        char want = caller.getValue().charAt(k++);
        String id = sealedIds.get(label);
        String phone = sealedPhones.get(label);
        String name = caller.getKey() + " · " + label + " · ";
        cells.add(
            dynamicTest(
                name + "API: " + want,
                () -> assertEquals(want, classifyApi(w.get(API + "/persons/" + id), phone))));
        cells.add(
            dynamicTest(
                name + "page: " + want,
                () ->
                    assertEquals(
                        want,
                        classifyPage(w.get(Ports.base() + "/app/person.xhtml?id=" + id), phone))));
      }
    }
    return cells.stream();
  }

  /**
   * The main matrix, three days later (the short mandate has expired): one case per operation and
   * caller, then the refusals' journal. The callers sign in after the clock has moved.
   */
  @TestFactory
  @Order(3)
  Stream<DynamicTest> everyCellOfTheMatrixIsAsExpected() throws Exception {
    TestClock.shiftDays(
        TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5)), 3);
    shifted = true;
    long journalBefore = Journal.maxSeq();
    Map<String, WebClient> callers = new LinkedHashMap<>();
    callers.put("operator", Logins.signedIn("operateur"));
    callers.put("agent", Logins.signedIn("agent.prefecture"));
    callers.put("administrator", Logins.signedIn("admin.ccas"));
    callers.put("social worker", Logins.signedIn("ts1.ccas"));
    callers.put("volunteer", Logins.signedIn("benevole.matrice"));
    callers.put("other structure", Logins.signedIn("ts1.asso"));
    callers.put("other administrator", Logins.signedIn("admin.asso"));
    callers.put("agent of another department", Logins.signedIn("agent.prefecture2"));
    WebClient person = new WebClient();
    assertEquals(
        Ports.base() + "/app/my-file.xhtml",
        WebClient.location(Logins.throughStaffProvider(person, personUsername)));
    callers.put("person (own access)", person);
    assertEquals(CALLERS, List.copyOf(callers.keySet()));

    List<Row> rows = rows();
    List<DynamicTest> cells = new ArrayList<>();
    for (Row row : rows) {
      for (int i = 0; i < CALLERS.size(); i++) {
        WebClient w = callers.get(CALLERS.get(i));
        cells.add(cell(CALLERS.get(i), row.what(), () -> row.call().send(w), row.expected()[i]));
      }
    }
    int planned = cells.size() + 7; // and the deactivated member's and the suspended structure's
    cells.add(
        dynamicTest(
            "the matrix is complete (more than 150 cells)",
            () -> assertTrue(planned > 150, "the matrix is complete: " + planned)));
    cells.add(
        dynamicTest(
            "refusals are journaled (at least 60)",
            () -> {
              long refusals =
                  Journal.since(journalBefore).stream()
                      .filter(r -> r.outcome().equals("REFUSED"))
                      .count();
              assertTrue(refusals >= 60, "refusals are journaled: " + refusals);
            }));
    return cells.stream();
  }

  /** One operation of the main matrix: its request, and the status expected for each caller. */
  private record Row(String what, Call call, int[] expected) {}

  /**
   * A row of the main matrix; {@code verdicts} lists the expected statuses separated by spaces, one
   * per caller in the order of {@link #CALLERS}.
   */
  private static Row row(String what, Call call, String verdicts) {
    int[] expected = Stream.of(verdicts.split(" ")).mapToInt(Integer::parseInt).toArray();
    assertEquals(CALLERS.size(), expected.length, what);
    return new Row(what, call, expected);
  }

  /**
   * The main matrix's operations, in the order they run, each with its verdicts for the callers:
   * operator, agent, administrator, social worker, volunteer, other structure, other administrator,
   * agent of another department, person (own access).
   */
  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.add(
        row(
            "view person on caseload",
            w -> w.get(API + "/persons/" + inCaseload),
            "404 404 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "view person off caseload",
            w -> w.get(API + "/persons/" + offCaseload),
            "404 404 200 404 404 404 404 404 404"));
    rows.add(
        row(
            "view protected person",
            w -> w.get(API + "/persons/" + protectedOne),
            "404 404 200 200 404 404 404 404 404"));
    Map<String, Object> rectify = Map.of("action", "RECTIFY", "detail", "Matrice");
    rows.add(
        row(
            "procedures of person on caseload",
            w -> w.get(Procedures.of(inCaseload)),
            "404 404 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "procedures of person off caseload",
            w -> w.get(Procedures.of(offCaseload)),
            "404 404 200 404 404 404 404 404 404"));
    rows.add(
        row(
            "procedures of protected person",
            w -> w.get(Procedures.of(protectedOne)),
            "404 404 403 200 404 404 404 404 404"));
    rows.add(
        row(
            "act on a procedure on caseload",
            w -> w.json("POST", Procedures.actions(procIn), rectify),
            "404 404 200 200 403 404 404 404 404"));
    rows.add(
        row(
            "act on a procedure off caseload",
            w -> w.json("POST", Procedures.actions(procOff), rectify),
            "404 404 200 404 404 404 404 404 404"));
    rows.add(
        row(
            "act on a procedure whose mandate was revoked",
            w -> w.json("POST", Procedures.actions(procRevoked), rectify),
            "404 404 403 403 403 404 404 404 404"));
    rows.add(
        row(
            "record a permit on caseload",
            w ->
                w.json(
                    "POST",
                    API + "/persons/" + inCaseload + "/permits",
                    Map.of("permitType", "Carte", "expiresOn", TODAY.plusYears(1).toString())),
            "404 404 201 201 403 404 404 404 404"));
    rows.add(
        row(
            "the CCAS procedures by urgency",
            w -> w.get(API + "/structures/" + CCAS + "/procedures"),
            "403 403 200 200 403 404 404 404 404"));
    rows.add(
        row(
            "history of procedures on caseload",
            w -> w.get(Procedures.of(inCaseload) + "/history.zip"),
            "404 404 200 200 200 404 404 404 404"));
    Map<String, Object> blockage =
        Map.of(
            "occurredAt",
            java.time.Instant.now().minusSeconds(3600).toString(),
            "errorText",
            "Erreur",
            "stepsTried",
            "Essais");
    rows.add(
        row(
            "report a blockage on a procedure on caseload",
            w -> w.json("POST", API + "/procedures/" + procIn + "/blockages", blockage),
            "404 404 201 201 403 404 404 404 404"));
    rows.add(
        row(
            "the blockages queue",
            w -> w.get(API + "/blockages"),
            "403 200 403 403 403 403 403 200 403"));
    rows.add(
        row(
            "the requests for documents past their due date (prefecture agents)",
            w -> w.get(API + "/overdue-requests"),
            "403 200 403 403 403 403 403 200 403"));
    rows.add(
        row(
            "the CCAS deadlines",
            w -> w.get(API + "/structures/" + CCAS + "/deadlines"),
            "403 403 200 200 403 404 404 404 404"));
    rows.add(
        row(
            "list the CCAS caseload",
            w -> w.get(API + "/structures/" + CCAS + "/persons"),
            "403 403 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "list another structure's caseload (IDOR)",
            w -> w.get(API + "/structures/" + ASSO + "/persons"),
            "403 403 404 404 404 200 200 404 404"));
    rows.add(
        row(
            "mandates of person on caseload",
            w -> w.get(API + "/persons/" + inCaseload + "/mandates"),
            "404 404 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "act on behalf: active mandate",
            w -> Mandates.onBehalfCheck(w, inCaseload, "CHANGEMENT_ADRESSE"),
            "404 404 200 200 403 404 404 404 404"));
    rows.add(
        row(
            "act on behalf: revoked mandate",
            w -> Mandates.onBehalfCheck(w, inCaseload, "DUPLICATA"),
            "404 404 403 403 403 404 404 404 404"));
    rows.add(
        row(
            "act on behalf: expired mandate",
            w -> Mandates.onBehalfCheck(w, inCaseload, "ETUDIANT_PREMIERE"),
            "404 404 403 403 403 404 404 404 404"));
    rows.add(
        row(
            "act on behalf: mandate awaiting evidence",
            w -> Mandates.onBehalfCheck(w, inCaseload, "AUTORISATION_TRAVAIL"),
            "404 404 403 403 403 404 404 404 404"));
    rows.add(
        row(
            "act on behalf: scope missing",
            w -> Mandates.onBehalfCheck(w, inCaseload, "TALENT_PREMIERE"),
            "404 404 403 403 403 404 404 404 404"));
    rows.add(
        row(
            "act on behalf: person off caseload",
            w -> Mandates.onBehalfCheck(w, offCaseload, "CHANGEMENT_ADRESSE"),
            "404 404 403 404 404 404 404 404 404"));
    rows.add(
        row(
            "reassign a person",
            w ->
                w.json(
                    "PUT",
                    API + "/persons/" + inCaseload + "/assignments",
                    Map.of("accountIds", List.of(swId, volunteerId))),
            "404 404 200 403 403 404 404 404 404"));
    rows.add(
        row(
            "create a mandate",
            w ->
                w.json(
                    "POST",
                    API + "/persons/" + offCaseload + "/mandates",
                    Map.of("legalBasis", "PROMOTE")),
            "404 404 400 404 404 404 404 404 404"));
    rows.add(
        row(
            "record a person in the CCAS",
            w -> w.json("POST", API + "/structures/" + CCAS + "/persons", Map.of()),
            "403 403 400 400 403 404 404 404 404"));
    rows.add(
        row(
            "invite into the CCAS",
            w ->
                w.json(
                    "POST",
                    API + "/structures/" + CCAS + "/invitations",
                    Map.of("role", "VOLUNTEER")),
            "403 403 201 403 403 404 404 404 404"));
    rows.add(
        row(
            "list CCAS members",
            w -> w.get(API + "/structures/" + CCAS + "/members"),
            "403 403 200 403 403 404 404 404 404"));
    rows.add(
        row(
            "register a structure",
            w -> w.json("POST", API + "/structures", Map.of()),
            "400 403 403 403 403 403 403 403 403"));
    rows.add(
        row(
            "decide an accreditation",
            w ->
                w.json(
                    "POST",
                    API + "/structures/" + CCAS + "/accreditation-decisions",
                    Map.of("decision", "PROMOTE")),
            "403 400 403 403 403 404 404 404 404"));
    rows.add(
        row(
            "see the CCAS record",
            w -> w.get(API + "/structures/" + CCAS),
            "200 200 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "list structures",
            w -> w.get(API + "/structures"),
            "200 200 403 403 403 403 403 200 403"));
    rows.add(
        row(
            "see a waiting request of department 47",
            w -> w.get(API + "/structures/" + waiting),
            "200 200 404 404 404 404 404 404 404"));
    rows.add(
        row(
            "accredit a waiting request for a department the agent does not cover",
            w ->
                w.json(
                    "POST",
                    API + "/structures/" + waiting + "/accreditation-decisions",
                    Map.of(
                        "decision", "ACCREDIT",
                        "departments", List.of("69"),
                        "validFrom", TODAY.plusDays(3).toString(),
                        "validUntil", TODAY.plusYears(1).toString())),
            "403 400 404 404 404 404 404 404 404"));
    rows.add(
        row(
            "manage prefecture agents",
            w -> w.get(API + "/prefecture-agents"),
            "200 403 403 403 403 403 403 403 403"));
    rows.add(
        row(
            "request accreditation with an identity that has an account",
            w -> w.json("POST", API + "/accreditation-requests", Map.of()),
            "409 409 409 409 409 409 409 409 409"));
    rows.add(
        row(
            "verify the journal",
            w -> w.get(API + "/journal/verification"),
            "200 403 403 403 403 403 403 403 403"));
    rows.add(
        row(
            "edit the catalogue",
            w -> w.json("PATCH", API + "/catalogue/procedure-types/DCEM", Map.of()),
            "200 403 403 403 403 403 403 403 403"));
    // The person's own access: only the person reads their file, only for their own mandates;
    // staff manage the access only on a file they may edit (never volunteers).
    rows.add(
        row(
            "read one's own file",
            w -> w.get(API + "/my-file"),
            "403 403 403 403 403 403 403 403 200"));
    rows.add(
        row(
            "revoke another person's mandate through one's own file (IDOR)",
            w ->
                w.json(
                    "POST",
                    API + "/my-file/mandates/" + offCaseloadMandate + "/revocation",
                    Map.of()),
            "403 403 403 403 403 403 403 403 404"));
    // Retention (S61): closing a file is for who may correct it; the job's panel for the
    // operator. Identity (D1, D2): checks by the habilitated; her own code and history for her.
    rows.add(
        row(
            "see a file's closure",
            w -> w.get(API + "/persons/" + inCaseload + "/closure"),
            "404 404 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "close a file (with a reason that does not exist)",
            w -> w.json("PUT", API + "/persons/" + inCaseload + "/closure", Map.of("reason", "X")),
            "404 404 400 400 403 404 404 404 404"));
    rows.add(
        row(
            "see the retention periods and runs",
            w -> w.get(API + "/retention"),
            "200 403 403 403 403 403 403 403 403"));
    rows.add(
        row(
            "see a file's identity verification",
            w -> w.get(API + "/persons/" + inCaseload + "/identity"),
            "404 404 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "record an in-person identity check (empty form)",
            w -> w.json("POST", API + "/persons/" + inCaseload + "/identity/checks", Map.of()),
            "404 404 403 400 403 404 404 404 404"));
    rows.add(
        row(
            "check a phone code",
            w ->
                w.json(
                    "POST",
                    API + "/persons/" + inCaseload + "/identity/phone-checks",
                    Map.of("code", "00000000")),
            "404 404 400 400 400 404 404 404 404"));
    rows.add(
        row(
            "make one's own phone code",
            w -> w.json("POST", API + "/me/phone-code", ""),
            "403 403 403 403 403 403 403 403 201"));
    rows.add(
        row(
            "read one's own identity verification",
            w -> w.get(API + "/me/identity"),
            "403 403 403 403 403 403 403 403 200"));
    rows.add(
        row(
            "start an email change (empty address)",
            w ->
                w.json(
                    "POST", API + "/persons/" + inCaseload + "/email-changes", Map.of("email", "")),
            "404 404 400 400 403 404 404 404 404"));
    rows.add(
        row(
            "list a file's email changes",
            w -> w.get(API + "/persons/" + inCaseload + "/email-changes"),
            "404 404 200 200 403 404 404 404 404"));
    rows.add(
        row(
            "flag an address (empty address)",
            w ->
                w.json(
                    "POST",
                    API + "/persons/" + inCaseload + "/flagged-addresses",
                    Map.of("email", "")),
            "404 404 400 400 403 404 404 404 404"));
    rows.add(
        row(
            "list a file's flagged addresses",
            w -> w.get(API + "/persons/" + inCaseload + "/flagged-addresses"),
            "404 404 200 200 403 404 404 404 404"));
    rows.add(
        row(
            "start one's own email change (empty address)",
            w ->
                w.json(
                    "POST",
                    API + "/my-file/records/" + inCaseload + "/email-changes",
                    Map.of("email", "")),
            "403 403 403 403 403 403 403 403 400"));
    rows.add(
        row(
            "list one's own email changes",
            w -> w.get(API + "/my-file/records/" + inCaseload + "/email-changes"),
            "403 403 403 403 403 403 403 403 200"));
    rows.add(
        row(
            "confirm an email change with an unknown link",
            w -> w.json("POST", API + "/email-links/confirmation", Map.of("token", "inconnu")),
            "404 404 404 404 404 404 404 404 404"));
    rows.add(
        row(
            "freeze an access with an unknown link",
            w -> w.json("POST", API + "/email-links/freeze", Map.of("token", "inconnu")),
            "404 404 404 404 404 404 404 404 404"));
    rows.add(
        row(
            "list a file's administration accounts",
            w -> w.get(API + "/persons/" + inCaseload + "/administration-accounts"),
            "404 404 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "record an administration account (empty form)",
            w ->
                w.json(
                    "POST", API + "/persons/" + inCaseload + "/administration-accounts", Map.of()),
            "404 404 400 400 403 404 404 404 404"));
    rows.add(
        row(
            "move an administration account that does not exist",
            w ->
                w.json(
                    "POST",
                    API + "/administration-accounts/" + UUID.randomUUID() + "/move",
                    Map.of("step", "DONE")),
            "404 404 404 404 404 404 404 404 404"));
    rows.add(
        row(
            "list a file's takeover claims",
            w -> w.get(API + "/persons/" + inCaseload + "/takeover-claims"),
            "404 404 200 200 403 404 404 404 404"));
    rows.add(
        row(
            "file a takeover claim (empty form)",
            w -> w.json("POST", API + "/persons/" + inCaseload + "/takeover-claims", Map.of()),
            "404 404 400 400 403 404 404 404 404"));
    rows.add(
        row(
            "see the takeover claims queue",
            w -> w.get(API + "/takeover-claims"),
            "403 200 403 403 403 403 403 200 403"));
    rows.add(
        row(
            "decide a takeover claim that does not exist",
            w ->
                w.json(
                    "POST",
                    API + "/takeover-claims/" + UUID.randomUUID() + "/decision",
                    Map.of("decision", "APPROVE")),
            "404 404 404 404 404 404 404 404 404"));
    rows.add(
        row(
            "see whether the person has their own access",
            w -> w.get(API + "/persons/" + inCaseload + "/access"),
            "404 404 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "hand the person a new access link while they have one",
            w -> w.json("POST", API + "/persons/" + inCaseload + "/access/links", ""),
            "404 404 409 409 403 404 404 404 404"));
    // The mailbox (A5): the same rules as the file; other structures' ids answer 404 (S40).
    rows.add(
        row(
            "messages of person on caseload",
            w -> w.get(API + "/persons/" + inCaseload + "/messages"),
            "404 404 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "messages of person off caseload",
            w -> w.get(API + "/persons/" + offCaseload + "/messages"),
            "404 404 200 404 404 404 404 404 404"));
    rows.add(
        row(
            "messages of protected person",
            w -> w.get(API + "/persons/" + protectedOne + "/messages"),
            "404 404 403 200 404 404 404 404 404"));
    rows.add(
        row(
            "open message on caseload",
            w -> w.get(API + "/messages/" + inMessage),
            "404 404 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "open message off caseload",
            w -> w.get(API + "/messages/" + offMessage),
            "404 404 200 404 404 404 404 404 404"));
    rows.add(
        row(
            "open protected person's message",
            w -> w.get(API + "/messages/" + protectedMessage),
            "404 404 404 200 404 404 404 404 404"));
    rows.add(
        row(
            "download an attachment",
            w -> w.get(API + "/messages/" + inMessage + "/attachments/" + attachment),
            "404 404 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "attachment under another message (IDOR)",
            w -> w.get(API + "/messages/" + offMessage + "/attachments/" + attachment),
            "404 404 404 404 404 404 404 404 404"));
    rows.add(
        row(
            "open another structure's message (IDOR)",
            w -> w.get(API + "/messages/" + assoMessage),
            "404 404 404 404 404 200 200 404 404"));
    rows.add(
        row(
            "the CCAS inbox",
            w -> w.get(API + "/structures/" + CCAS + "/inbox"),
            "403 403 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "another structure's inbox (IDOR)",
            w -> w.get(API + "/structures/" + ASSO + "/inbox"),
            "403 403 404 404 404 200 200 404 404"));
    rows.add(
        row(
            "urgent messages of the CCAS",
            w -> w.get(API + "/structures/" + CCAS + "/urgent-messages"),
            "403 403 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "the CCAS triage",
            w -> w.get(API + "/structures/" + CCAS + "/triage"),
            "403 403 200 403 403 404 404 404 404"));
    rows.add(
        row(
            "open a triaged message",
            w -> w.get(API + "/messages/" + triaged),
            "404 404 200 404 404 404 404 404 404"));
    rows.add(
        row(
            "the quarantine",
            w -> w.get(API + "/quarantine"),
            "200 403 403 403 403 403 403 403 403"));
    rows.add(
        row(
            "the vault's master keys",
            w -> w.get(API + "/vault"),
            "200 403 403 403 403 403 403 403 403"));
    rows.add(
        row(
            "re-wrap the vault's data keys",
            w -> w.json("POST", API + "/vault/rewrapping", ""),
            "200 403 403 403 403 403 403 403 403"));
    rows.add(
        row(
            "sub-address of person on caseload",
            w -> w.get(API + "/persons/" + inCaseload + "/mail-address"),
            "404 404 200 200 200 404 404 404 404"));
    rows.add(
        row(
            "sub-address of person off caseload",
            w -> w.get(API + "/persons/" + offCaseload + "/mail-address"),
            "404 404 200 404 404 404 404 404 404"));
    rows.add(
        row(
            "rotate a sub-address",
            w -> w.json("POST", API + "/persons/" + inCaseload + "/mail-address/rotation", ""),
            "404 404 200 200 403 404 404 404 404"));
    rows.add(
        row(
            "correct a message's urgency",
            w ->
                w.json("PUT", API + "/messages/" + inMessage + "/urgency", Map.of("urgent", false)),
            "404 404 200 200 403 404 404 404 404"));
    rows.add(
        row(
            "assign a message to nobody",
            w -> w.json("PUT", API + "/messages/" + inMessage + "/assignee", "{}"),
            "404 404 200 200 403 404 404 404 404"));
    rows.add(
        row(
            "file a triaged message elsewhere (IDOR)",
            w ->
                w.json(
                    "POST",
                    API + "/messages/" + triaged + "/filing",
                    Map.of("personId", assoPersonId)),
            "404 404 400 404 404 404 404 404 404"));
    rows.add(
        row(
            "the CCAS outbox",
            w -> w.get(API + "/structures/" + CCAS + "/outbox"),
            "403 403 200 403 403 404 404 404 404"));

    return rows;
  }

  /** A request of the main matrix, made by one caller. */
  interface Call {
    HttpResponse<String> send(WebClient w) throws Exception;
  }

  /** One request, already bound to its caller. */
  interface Request {
    HttpResponse<String> send() throws Exception;
  }

  /**
   * One cell, named "operation · caller: expected status": the status is the one expected, and a
   * refusal is a problem+json.
   */
  private static DynamicTest cell(String caller, String what, Request request, int expected) {
    return dynamicTest(
        what + " · " + caller + ": " + expected,
        () -> {
          HttpResponse<String> r = request.send();
          assertEquals(
              expected,
              r.statusCode(),
              () -> caller + " · " + what + ": expected " + expected + ", body " + r.body());
          if (expected >= 400) {
            assertTrue(
                r.headers()
                    .firstValue("Content-Type")
                    .orElse("")
                    .startsWith("application/problem+json"),
                caller + " · " + what + ": refusal without problem+json");
          }
        });
  }

  private static Map<String, Object> person(
      String last, boolean isProtected, List<String> assignTo) {
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", last);
    p.put("firstNames", "Matrice");
    p.put("birthDate", "1985-03-0" + (1 + Math.abs(last.hashCode() % 8)));
    p.put("confirmDuplicate", true);
    if (isProtected) {
      p.put("protectedPerson", true);
      p.put("protectionReason", "PROTECTION_ORDER");
    }
    if (assignTo != null) {
      p.put("assignTo", assignTo);
    }
    return p;
  }

  private static String id(HttpResponse<String> r, int expected) throws Exception {
    assertEquals(expected, r.statusCode(), r.body());
    return (String) json(r).get("id");
  }

  private static String join(WebClient admin, String structure, String role, String username)
      throws Exception {
    HttpResponse<String> inv =
        admin.json("POST", API + "/structures/" + structure + "/invitations", Map.of("role", role));
    assertEquals(201, inv.statusCode(), inv.body());
    WebClient web = new WebClient();
    web.get((String) json(inv).get("link"));
    Logins.throughStaffProvider(web, username);
    return (String) json(web.get(API + "/me")).get("accountId");
  }

  private static String mandate(
      WebClient sw, String person, LocalDate end, String scope, boolean activate) throws Exception {
    if (activate) {
      return (String) Mandates.active(sw, person, TODAY, end, List.of(scope)).get("id");
    }
    return id(sw.json("POST", Mandates.of(person), Mandates.body(TODAY, end, List.of(scope))), 201);
  }

  /** C, M, R or H for the file as the API gives it; '?' when it is none of them. */
  private static char classifyApi(HttpResponse<String> r, String phone) throws Exception {
    if (r.statusCode() == 404) {
      return r.body().contains(phone) ? '?' : 'H';
    }
    if (r.statusCode() != 200) {
      return '?';
    }
    Map<String, Object> v = json(r);
    if (Boolean.TRUE.equals(v.get("restricted"))) {
      return r.body().contains(phone) || v.get("birthDate") != null ? '?' : 'R';
    }
    if (Boolean.TRUE.equals(v.get("contactMasked"))) {
      return r.body().contains(phone) ? '?' : 'M';
    }
    return r.body().contains(phone) ? 'C' : '?';
  }

  /** The same for the file's page. */
  private static char classifyPage(HttpResponse<String> r, String phone) {
    String html = r.body();
    boolean file = html.contains("id=\"person-heading\"");
    if (!file) {
      return html.contains(phone) ? '?' : 'H';
    }
    if (html.contains("id=\"restricted-notice\"")) {
      return html.contains(phone) || html.contains("id=\"birthDate\"") ? '?' : 'R';
    }
    if (html.contains("id=\"contact-masked\"")) {
      return html.contains(phone) ? '?' : 'M';
    }
    return html.contains(phone) ? 'C' : '?';
  }
}
