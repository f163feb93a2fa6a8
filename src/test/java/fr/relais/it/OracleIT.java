package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.EmailChanges;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.Oracle;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.SentMail;
import fr.relais.it.support.Structures;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * No existence oracle (E4, S40), on every lookup that takes a foreign-national number, an email or
 * a name: the same question about something that exists and about something that does not gets the
 * same status, the same body and a timing that cannot be told apart ({@link Oracle}; the method is
 * in docs/identity.md). The server is the real one; every sample is a real request.
 */
@org.junit.jupiter.api.parallel.Isolated("compares response times")
class OracleIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final String LIST = API + "/structures/" + CCAS + "/persons";
  private static final String ASSO_LIST = API + "/structures/" + Structures.ASSO + "/persons";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  private static final int N = Oracle.SAMPLES + Oracle.WARM_UP;

  /**
   * Members' search, by name and by number: someone of another caseload or structure, or nobody.
   */
  @Test
  void searchesAnswerAlikeForSomeoneTheCallerMayNotSeeAndForNobody() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String tag = tag();
    String otherId = Members.join(admin, CCAS, "SOCIAL_WORKER", false, "ts.autre." + tag);
    WebClient worker = worker(admin, tag);
    String name = "Cherche" + letters(tag);
    String number = "98" + People.phoneDigits(tag) + "01";
    Map<String, Object> hidden = person(name, "Cachée", "1987-03-04");
    hidden.put("assignTo", List.of(otherId));
    assertEquals(201, admin.json("POST", LIST, hidden).statusCode());
    Map<String, Object> elsewhere = person("Ailleurs" + letters(tag), "Autre", "1987-03-04");
    elsewhere.put("foreignNationalNumber", number);
    assertEquals(201, Logins.signedIn("ts1.asso").json("POST", ASSO_LIST, elsewhere).statusCode());
    assertTrue(admin.get(LIST + "?q=" + name).body().contains(name), "she exists in the structure");

    Oracle.assertNoOracle(
        "search by name, another member's caseload",
        i -> worker.get(LIST + "?q=" + name),
        i -> worker.get(LIST + "?q=Personne" + letters(tag)),
        UnaryOperator.identity());
    Oracle.assertNoOracle(
        "search by number, another structure",
        i -> worker.json("POST", LIST + "/search", Map.of("q", number)),
        i ->
            worker.json(
                "POST", LIST + "/search", Map.of("q", "97" + People.phoneDigits(tag) + "02")),
        UnaryOperator.identity());
  }

  /**
   * The duplicate check when a person is recorded: one matching a file the recorder does not see,
   * or one followed in another structure, is answered like no match at all — and the hidden file's
   * followers are told.
   */
  @Test
  void recordingSomeoneAlreadyFollowedOutOfSightAnswersAsIfNobodyWere() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String tag = tag();
    String otherName = "ts.suivi." + tag;
    String otherId = Members.join(admin, CCAS, "SOCIAL_WORKER", false, otherName);
    WebClient worker = worker(admin, tag);
    WebClient asso = Logins.signedIn("ts1.asso");
    String name = "Doublon" + letters(tag);
    for (int i = 0; i < N; i++) {
      Map<String, Object> hidden = person(name, first(i), "1991-02-03");
      hidden.put("assignTo", List.of(otherId));
      assertEquals(201, admin.json("POST", LIST, hidden).statusCode());
      Map<String, Object> elsewhere = person("Ailleurs" + letters(tag), first(i), "1991-02-03");
      elsewhere.put("foreignNationalNumber", number(tag, i));
      assertEquals(201, asso.json("POST", ASSO_LIST, elsewhere).statusCode());
    }
    long before = Journal.maxSeq();
    UnaryOperator<String> made = Oracle.without("id", "firstNames", "displayName", "createdAt");
    Oracle.assertNoOracle(
        "duplicate check, a file the recorder does not see",
        i -> worker.json("POST", LIST, person(name, first(i), "1991-02-03")),
        i -> worker.json("POST", LIST, person(name, "Neuve " + first(i), "1991-02-03")),
        made);
    Oracle.assertNoOracle(
        "duplicate check by number, another structure",
        i -> {
          Map<String, Object> p = person("Numéro" + letters(tag), first(i), "1992-02-03");
          p.put("foreignNationalNumber", number(tag, i));
          return worker.json("POST", LIST, p);
        },
        i -> {
          Map<String, Object> p =
              person("Numéro" + letters(tag), "Neuve " + first(i), "1992-02-03");
          p.put(
              "foreignNationalNumber",
              "96" + People.phoneDigits(tag) + String.format("%02d", i + 50));
          return worker.json("POST", LIST, p);
        },
        Oracle.without("id", "firstNames", "displayName", "createdAt", "foreignNationalNumber"));
    // Who follows the hidden file is told in the application; the journal says it; the recorder
    // was told nothing and still sees none of them.
    assertTrue(
        Logins.signedIn(otherName)
            .get(API + "/me/reminders")
            .body()
            .contains("POSSIBLE_DUPLICATE"));
    assertTrue(
        Journal.since(before).stream().anyMatch(r -> r.action().equals("person.duplicate.hidden")));
    assertFalse(worker.get(LIST + "?q=" + name).body().contains(otherName));
    // Who sees the matching file is still warned, with its id (the same member records twice).
    HttpResponse<String> seen =
        worker.json("POST", LIST, person(name, "Neuve " + first(0), "1991-02-03"));
    assertEquals(409, seen.statusCode(), seen.body());
  }

  /**
   * Her contact address and an email change: an address on her blocked list or flagged as
   * controlled by someone else gets the answer, and the timing, of an address that cannot exist.
   */
  @Test
  void aBlockedOrFlaggedAddressIsAnsweredLikeOneThatCannotExist() throws Exception {
    WebClient admin = Logins.signedIn("admin.ccas");
    String tag = tag();
    String habName = "ts.oracle.hab." + tag;
    String habId = Members.join(admin, CCAS, "SOCIAL_WORKER", true, habName);
    WebClient hab = Logins.signedIn(habName);
    Map<String, Object> p = person("Oracle" + letters(tag), "Protégée", "1990-06-21");
    p.put("protectedPerson", true);
    p.put("protectionReason", "DECLARED_VIOLENCE");
    p.put("assignTo", List.of(habId));
    HttpResponse<String> created = admin.json("POST", LIST, p);
    assertEquals(201, created.statusCode(), created.body());
    String protectedPerson = (String) json(created).get("id");
    Mandates.active(
        hab, protectedPerson, TODAY, TODAY.plusMonths(6), List.of("CHANGEMENT_ADRESSE"));
    String blocked = "agresseur." + tag + "@exemple.fr";
    assertEquals(
        201,
        admin
            .json(
                "POST",
                API + "/persons/" + protectedPerson + "/blocked-persons",
                Map.of("kind", "EMAIL", "value", blocked))
            .statusCode());
    String contact = API + "/persons/" + protectedPerson + "/contact";
    UnaryOperator<String> problem = Oracle.without("requestId");
    Oracle.assertNoOracle(
        "contact email, one of her blocked persons",
        i -> hab.json("PUT", contact, Map.of("email", blocked)),
        i -> hab.json("PUT", contact, Map.of("email", "pas-une-adresse")),
        problem);

    WebClient checker = Logins.signedIn("ts1.ccas"); // identity checker, freshly signed in
    String person = People.verifiedWithMandate(checker, tag);
    String flagged = "surveillee." + tag + "@exemple.fr";
    // A change to it was pending when it was flagged: whoever holds that address is told the link
    // is out of date, as for any address changed meanwhile — never that it was flagged (S45).
    int mailsBefore = SentMail.count();
    String changes = API + "/persons/" + person + "/email-changes";
    HttpResponse<String> pending = checker.json("POST", changes, Map.of("email", flagged));
    assertEquals(201, pending.statusCode(), pending.body());
    String token = SentMail.awaitLink(flagged, "email-confirmation", mailsBefore);
    assertEquals(
        201,
        checker
            .json(
                "POST",
                EmailChanges.flags(person),
                Map.of("email", flagged, "reason", "Quelqu'un d'autre y a accès"))
            .statusCode());
    assertEquals("STALE", EmailChanges.lookup(token));
    HttpResponse<String> confirm =
        new WebClient().json("POST", API + "/email-links/confirmation", Map.of("token", token));
    assertEquals(409, confirm.statusCode());
    assertFalse(confirm.body().contains("FLAGGED"), confirm.body());
    int changesBefore = Json.list(checker.get(EmailChanges.of(person))).size();
    Oracle.assertNoOracle(
        "email change, a flagged address",
        i -> checker.json("POST", changes, Map.of("email", flagged)),
        i -> checker.json("POST", changes, Map.of("email", "pas-une-adresse")),
        problem);
    Oracle.assertNoOracle(
        "contact email, a flagged address",
        i -> checker.json("PUT", API + "/persons/" + person + "/contact", Map.of("email", flagged)),
        i ->
            checker.json(
                "PUT", API + "/persons/" + person + "/contact", Map.of("email", "pas-une-adresse")),
        problem);
    assertEquals(
        changesBefore,
        Json.list(checker.get(EmailChanges.of(person))).size(),
        "nothing was started");
  }

  /** A person's file by id: one of another structure, or an id that was never made. */
  @Test
  void aFileOfAnotherStructureIsAnsweredLikeOneThatDoesNotExist() throws Exception {
    String elsewhere =
        (String)
            json(Logins.signedIn("ts1.asso")
                    .json(
                        "POST", ASSO_LIST, person("Lointaine" + letters(tag()), "A", "1980-01-01")))
                .get("id");
    WebClient worker = Logins.signedIn("ts1.ccas");
    Oracle.assertNoOracle(
        "a file by id, another structure",
        i -> worker.get(API + "/persons/" + elsewhere),
        i -> worker.get(API + "/persons/" + UUID.randomUUID()),
        Oracle.without("requestId"));
  }

  /** One route under {@code /structures/{id}}, asked with a given structure id. */
  @FunctionalInterface
  private interface StructureRoute {
    HttpResponse<String> ask(WebClient who, String structure) throws Exception;
  }

  /**
   * Every route under {@code /structures/{id}/…} (S10, S40): to a member of another structure —
   * worker or administrator — and to a prefecture agent of another department, the CCAS's real id,
   * a random one and a malformed one get the same answer, 404 with the same body, and the refusal
   * of the real one is journaled. Who may know the structure (its members, the operator, an agent
   * of its departments) still gets the 403s of MembersIT, AccreditationIT and the matrix.
   */
  @Test
  void everyStructureRouteAnswersAnotherStructureAsAnUnknownId() throws Exception {
    String member = (String) json(Logins.signedIn("ts2.ccas").get(API + "/me")).get("accountId");
    Map<String, StructureRoute> routes = new java.util.LinkedHashMap<>();
    String s = API + "/structures/";
    routes.put("GET /structures/{id}", (w, id) -> w.get(s + id));
    routes.put(
        "POST accreditation-decisions",
        (w, id) ->
            w.json(
                "POST",
                s + id + "/accreditation-decisions",
                Map.of("decision", "SUSPEND", "reason", "Essai")));
    routes.put("GET members", (w, id) -> w.get(s + id + "/members"));
    routes.put(
        "PATCH members/{account}",
        (w, id) -> w.json("PATCH", s + id + "/members/" + member, Map.of("role", "VOLUNTEER")));
    routes.put(
        "POST members/{account}/deactivation",
        (w, id) -> w.json("POST", s + id + "/members/" + member + "/deactivation", Map.of()));
    routes.put(
        "POST invitations",
        (w, id) -> w.json("POST", s + id + "/invitations", Map.of("role", "VOLUNTEER")));
    routes.put("GET invitations", (w, id) -> w.get(s + id + "/invitations"));
    routes.put(
        "DELETE invitations/{invitation}",
        (w, id) -> w.json("DELETE", s + id + "/invitations/" + UUID.randomUUID(), ""));
    routes.put("GET deadlines", (w, id) -> w.get(s + id + "/deadlines"));
    routes.put("GET procedures", (w, id) -> w.get(s + id + "/procedures"));
    routes.put("GET inbox", (w, id) -> w.get(s + id + "/inbox"));
    routes.put("GET urgent-messages", (w, id) -> w.get(s + id + "/urgent-messages"));
    routes.put("GET triage", (w, id) -> w.get(s + id + "/triage"));
    routes.put("GET outbox", (w, id) -> w.get(s + id + "/outbox"));
    routes.put("GET persons", (w, id) -> w.get(s + id + "/persons"));
    routes.put("GET persons/export.csv", (w, id) -> w.get(s + id + "/persons/export.csv"));
    routes.put(
        "POST persons/search",
        (w, id) -> w.json("POST", s + id + "/persons/search", Map.of("q", "Dupont")));
    routes.put(
        "GET persons/mandates-ending", (w, id) -> w.get(s + id + "/persons/mandates-ending"));
    routes.put(
        "POST persons",
        (w, id) -> w.json("POST", s + id + "/persons", person("Intruse", "Essai", "1990-01-01")));

    Map<String, WebClient> strangers = new java.util.LinkedHashMap<>();
    strangers.put("ts1.asso", Logins.signedIn("ts1.asso"));
    strangers.put("admin.asso", Logins.signedIn("admin.asso"));
    strangers.put("agent.prefecture2", Logins.signedIn("agent.prefecture2"));
    UnaryOperator<String> body = Oracle.without("requestId");
    long start = Journal.maxSeq();
    for (Map.Entry<String, StructureRoute> route : routes.entrySet()) {
      for (Map.Entry<String, WebClient> who : strangers.entrySet()) {
        String what = route.getKey() + " as " + who.getKey();
        long before = Journal.maxSeq();
        HttpResponse<String> real = route.getValue().ask(who.getValue(), CCAS);
        HttpResponse<String> random =
            route.getValue().ask(who.getValue(), UUID.randomUUID().toString());
        HttpResponse<String> malformed = route.getValue().ask(who.getValue(), "pas-une-structure");
        assertEquals(404, real.statusCode(), what + ": " + real.body());
        assertEquals(
            "application/problem+json",
            real.headers().firstValue("Content-Type").orElse("").split(";")[0],
            what);
        String answer = real.statusCode() + " " + body.apply(real.body());
        assertEquals(
            answer, random.statusCode() + " " + body.apply(random.body()), what + ", random id");
        assertEquals(
            answer,
            malformed.statusCode() + " " + body.apply(malformed.body()),
            what + ", malformed id");
        assertTrue(
            Journal.since(before).stream()
                .anyMatch(
                    r ->
                        "REFUSED".equals(r.outcome())
                            && who.getKey().equals(r.actorSubject())
                            && CCAS.equals(r.targetId())),
            what + ": the refusal is journaled");
      }
    }
    assertFalse(
        Journal.since(start).stream()
            .anyMatch(
                r -> "SUCCESS".equals(r.outcome()) && strangers.containsKey(r.actorSubject())),
        "nothing done for any of them");

    // The two routes found answering 403 for a real structure and 404 for a random one: alike in
    // timing too.
    WebClient admin = strangers.get("admin.asso");
    Oracle.assertNoOracle(
        "a structure's members, another structure",
        i -> admin.get(s + CCAS + "/members"),
        i -> admin.get(s + UUID.randomUUID() + "/members"),
        body);
    Oracle.assertNoOracle(
        "a structure's invitations, another structure",
        i -> admin.get(s + CCAS + "/invitations"),
        i -> admin.get(s + UUID.randomUUID() + "/invitations"),
        body);
  }

  private static WebClient worker(WebClient admin, String tag) throws Exception {
    String name = "ts.oracle." + tag;
    Members.join(admin, CCAS, "SOCIAL_WORKER", false, name);
    return Logins.signedIn(name);
  }

  static Map<String, Object> person(String lastName, String firstNames, String birth) {
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", lastName);
    p.put("firstNames", firstNames);
    p.put("birthDate", birth);
    return p;
  }

  private static String first(int i) {
    return "Prénom " + (char) ('A' + (i + 10) % 26) + (char) ('a' + (i + 10) / 26);
  }

  private static String number(String tag, int i) {
    return "95" + People.phoneDigits(tag) + String.format("%02d", i + 10);
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static String letters(String tag) {
    StringBuilder s = new StringBuilder();
    for (char c : tag.toCharArray()) {
      s.append((char) ('a' + (Character.isDigit(c) ? c - '0' : c - 'a' + 10) % 26));
    }
    return s.toString();
  }
}
