package fr.relais.it;

import static fr.relais.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Documents;
import fr.relais.it.support.Downloads;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Json;
import fr.relais.it.support.Logins;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.Mandates;
import fr.relais.it.support.Members;
import fr.relais.it.support.People;
import fr.relais.it.support.PersonAccess;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Procedures;
import fr.relais.it.support.Rows;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestClock;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Procedures on a person's behalf (C1-C4, B2): several at once on different grounds, each action a
 * new event of an immutable timeline (file, request for documents, complete, rectify, attest,
 * status, cancel); every action needs an active mandate covering the type, read on each request
 * (S11); refused for other caseloads, other structures and volunteers; bad input named, nothing
 * changed.
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock")
class ProceduresIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";
  private static final String CCAS = Structures.CCAS;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  @SuppressWarnings("unchecked")
  void severalProceduresAtOnceKeepEveryEventAndVersion() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    WebClient admin = Logins.signedIn("admin.ccas");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String person = People.onCaseload(worker);
    Mandates.active(
        worker, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA", "CHANGEMENT_ADRESSE"));
    String version = Documents.uploadPdf(worker, person, "Quittance " + tag);
    long seq = Journal.maxSeq();

    Map<String, Object> a =
        Procedures.created(
            worker, person, Map.of("type", "DUPLICATA", "legalGround", "Titre volé"));
    assertEquals("PREPARING", a.get("status"));
    assertEquals("ANEF", a.get("channel"), "the catalogue's channel");
    assertEquals(1, ((List<?>) a.get("events")).size());
    String aId = (String) a.get("id");
    Map<String, Object> b =
        Procedures.created(
            worker, person, Map.of("type", "CHANGEMENT_ADRESSE", "channel", "PREFECTURE"));
    String bId = (String) b.get("id");
    // B2: a type no mandate of hers covers is refused, and said so.
    HttpResponse<String> uncovered =
        worker.json("POST", Procedures.of(person), Map.of("type", "ETUDIANT_RENOUVELLEMENT"));
    assertProblem(uncovered, 403, null);

    Map<String, Object> filed =
        Procedures.act(
            worker,
            aId,
            Map.of(
                "action",
                "FILE",
                "administrationReference",
                "ANEF-" + tag,
                "versionIds",
                List.of(version)));
    assertEquals("FILED", filed.get("status"));
    assertEquals(TODAY.toString(), filed.get("filedOn"));
    HttpResponse<String> requested =
        worker.json(
            "POST",
            API + "/procedures/" + aId + "/document-requests",
            Map.of("description", "Justificatif de domicile récent"));
    assertEquals(200, requested.statusCode(), requested.body());
    Map<String, Object> withRequest = json(requested);
    assertEquals("DOCUMENTS_REQUESTED", withRequest.get("status"));
    Map<String, Object> request = ((List<Map<String, Object>>) withRequest.get("requests")).get(0);
    assertEquals(TODAY.plusDays(30).toString(), request.get("dueOn"), "30 days by default");
    Map<String, Object> completed =
        Procedures.act(
            worker,
            aId,
            Map.of(
                "action",
                "COMPLETE",
                "versionIds",
                List.of(version),
                "requestIds",
                List.of(request.get("id"))));
    assertEquals("UNDER_REVIEW", completed.get("status"), "every requested document sent");
    assertEquals(
        "ANSWERED", ((List<Map<String, Object>>) completed.get("requests")).get(0).get("status"));
    Procedures.act(worker, aId, Map.of("action", "RECTIFY", "detail", "Date de perte corrigée"));
    Map<String, Object> adp = new HashMap<>();
    adp.put("kind", "ADP");
    adp.put("issuedOn", TODAY.toString());
    adp.put("validUntil", TODAY.plusMonths(3).toString());
    adp.put("permitType", "Carte de séjour temporaire");
    adp.put("cesedaArticle", "L. 423-23");
    adp.put("allowsWork", true);
    assertEquals(200, Procedures.attest(worker, aId, adp).statusCode());
    adp.put("validUntil", TODAY.plusMonths(6).toString());
    Map<String, Object> attested = json(Procedures.attest(worker, aId, adp));
    List<Map<String, Object>> attestations =
        (List<Map<String, Object>>) attested.get("attestations");
    assertEquals(2, attestations.size());
    assertEquals(true, attestations.get(0).get("superseded"), "the newer ADP replaces it");
    assertEquals(true, attestations.get(1).get("allowsWork"));
    assertEquals("L. 423-23", attestations.get(1).get("cesedaArticle"));
    Procedures.act(worker, aId, Map.of("action", "STATUS", "status", "DECISION_FAVOURABLE"));
    Map<String, Object> cancelled =
        Procedures.act(worker, bId, Map.of("action", "CANCEL", "detail", "Déménagement reporté"));
    assertEquals("CANCELLED", cancelled.get("status"));
    assertProblem(
        worker.json(
            "POST", Procedures.actions(bId), Map.of("action", "STATUS", "status", "UNDER_REVIEW")),
        409,
        "status");

    // C3: the whole timeline, in order, nothing overwritten; both procedures on her file.
    List<Object> both = Json.list(worker.get(Procedures.of(person)));
    assertEquals(2, both.size());
    Map<String, Object> full = json(worker.get(API + "/procedures/" + aId));
    List<Map<String, Object>> events = (List<Map<String, Object>>) full.get("events");
    assertEquals(
        List.of(
            "CREATED",
            "FILED",
            "DOCUMENTS_REQUESTED",
            "COMPLETED",
            "STATUS",
            "RECTIFIED",
            "ATTESTATION",
            "ATTESTATION",
            "STATUS"),
        events.stream().map(e -> e.get("kind")).toList());
    for (int i = 0; i < events.size(); i++) {
      assertEquals((long) i + 1, ((Number) events.get(i).get("seq")).longValue());
    }
    assertEquals(List.of(version), events.get(1).get("versionIds"), "what was sent, as it was");
    assertEquals("ANEF", events.get(1).get("channel"));
    assertEquals("DECISION_FAVOURABLE", full.get("status"));
    assertEquals("ANEF-" + tag, full.get("administrationReference"));
    assertEquals(
        (long) events.size(), Rows.count("procedure_event", "procedure_id", UUID.fromString(aId)));

    // The whole history as one file: the PDF summary and the document sent (C3).
    HttpResponse<byte[]> zip = Downloads.bytes(worker, Procedures.of(person) + "/history.zip");
    assertEquals(200, zip.statusCode());
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    assertEquals(
        List.of("historique.pdf", "pieces/01-proof_of_address-v1.pdf"),
        List.copyOf(entries.keySet()));
    String summary = MailTraffic.pdfText(entries.get("historique.pdf"));
    for (String expected :
        List.of("ANEF-" + tag, "Titre volé", "Décision favorable", "Annulée", "L. 423-23")) {
      assertTrue(summary.contains(expected), expected + " in " + summary);
    }
    assertTrue(new String(entries.get("pieces/01-proof_of_address-v1.pdf"), 0, 4).equals("%PDF"));
    assertEquals(
        404,
        Downloads.bytes(Logins.signedIn("ts2.ccas"), Procedures.of(person) + "/history.zip")
            .statusCode());

    // Refused: another caseload, another structure (as if it did not exist), a volunteer who
    // follows her (reads, never acts), nobody signed in.
    for (WebClient stranger : List.of(Logins.signedIn("ts2.ccas"), Logins.signedIn("admin.asso"))) {
      assertProblem(stranger.get(Procedures.of(person)), 404, null);
      assertProblem(stranger.get(API + "/procedures/" + aId), 404, null);
      assertProblem(
          stranger.json("POST", Procedures.actions(aId), Map.of("action", "RECTIFY")), 404, null);
      assertProblem(
          stranger.json("POST", Procedures.of(person), Map.of("type", "DUPLICATA")), 404, null);
    }
    String volunteer = "benevole.demarches." + tag;
    Members.volunteerAlongside(admin, worker, CCAS, person, volunteer);
    WebClient volunteerClient = Logins.signedIn(volunteer);
    assertEquals(200, volunteerClient.get(Procedures.of(person)).statusCode());
    assertProblem(
        volunteerClient.json("POST", Procedures.of(person), Map.of("type", "DUPLICATA")),
        403,
        null);
    assertProblem(
        volunteerClient.json(
            "POST", Procedures.actions(aId), Map.of("action", "RECTIFY", "detail", "x")),
        403,
        null);
    assertEquals(401, new WebClient().get(Procedures.of(person)).statusCode());
    assertProblem(worker.get(API + "/procedures/pas-un-id"), 404, null);

    // Bad input, each named; nothing changed.
    int before = events.size();
    assertProblem(worker.json("POST", Procedures.of(person), Map.of()), 400, "type");
    assertProblem(
        worker.json("POST", Procedures.of(person), Map.of("type", "INCONNU_ICI")), 400, "type");
    assertProblem(
        worker.json("POST", Procedures.of(person), Map.of("type", "dupl icata")), 400, "type");
    assertProblem(
        worker.json("POST", Procedures.of(person), Map.of("type", "DUPLICATA", "channel", "FAX")),
        400,
        "channel");
    assertProblem(
        worker.json(
            "POST",
            Procedures.of(person),
            Map.of("type", "DUPLICATA", "responsibleId", UUID.randomUUID().toString())),
        400,
        "responsibleId");
    assertProblem(
        worker.json(
            "POST",
            Procedures.of(person),
            Map.of("type", "DUPLICATA", "administrationAccountId", UUID.randomUUID().toString())),
        400,
        "administrationAccountId");
    assertProblem(worker.json("POST", Procedures.of(person), "{\"type\":"), 400, null);
    assertProblem(
        worker.json("POST", Procedures.actions(aId), Map.of("action", "SAUTER")), 400, "action");
    assertProblem(
        worker.json(
            "POST", Procedures.actions(aId), Map.of("action", "STATUS", "status", "PREPARING")),
        400,
        "status");
    assertProblem(
        worker.json(
            "POST", Procedures.actions(aId), Map.of("action", "STATUS", "status", "PEUT_ETRE")),
        400,
        "status");
    assertProblem(
        worker.json(
            "POST",
            Procedures.actions(aId),
            Map.of(
                "action", "STATUS", "status", "HANDED_OVER", "on", TODAY.plusDays(2).toString())),
        400,
        "on");
    assertProblem(
        worker.json(
            "POST",
            Procedures.actions(aId),
            Map.of("action", "COMPLETE", "versionIds", List.of(UUID.randomUUID().toString()))),
        400,
        "versionIds");
    assertProblem(
        worker.json(
            "POST",
            Procedures.actions(aId),
            Map.of(
                "action",
                "COMPLETE",
                "versionIds",
                List.of(version),
                "requestIds",
                List.of(request.get("id")))),
        400,
        "requestIds");
    assertProblem(
        worker.json("POST", Procedures.actions(aId), Map.of("action", "RECTIFY")), 400, "detail");
    adp.put("validUntil", TODAY.plusMonths(7).toString());
    assertProblem(Procedures.attest(worker, aId, adp), 400, "validUntil");
    adp.put("kind", "BILLET");
    assertProblem(Procedures.attest(worker, aId, adp), 400, "kind");
    assertProblem(
        worker.json(
            "POST",
            API + "/procedures/" + aId + "/document-requests",
            Map.of("dueOn", TODAY.minusDays(5).toString())),
        400,
        "dueOn");
    List<Object> after = (List<Object>) json(worker.get(API + "/procedures/" + aId)).get("events");
    assertEquals(before, after.size(), "nothing changed");
    assertEquals(2, Json.list(worker.get(Procedures.of(person))).size(), "none created");

    // Every action journaled, never the reference nor a document.
    List<Journal.Row> rows = Journal.since(seq);
    for (String action :
        List.of(
            "procedure.create",
            "procedure.file",
            "procedure.request",
            "procedure.complete",
            "procedure.rectify",
            "procedure.attestation",
            "procedure.status",
            "procedure.cancel",
            "procedure.history")) {
      assertTrue(Journal.has(rows, action, "SUCCESS", "ts1.ccas"), action);
    }
    assertTrue(Journal.has(rows, "procedure.create", "REFUSED", "ts1.ccas"), "scope refusal");
    assertTrue(Journal.has(rows, "procedure.act", "REFUSED", volunteer));
    Journal.assertNoValue(rows, "ANEF-" + tag, "Quittance " + tag);
  }

  @Test
  void aRevokedScopeRefusesTheNextActionOnThatTypeOnly() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    Map<String, Object> mandate =
        Mandates.active(
            worker, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA", "CHANGEMENT_ADRESSE"));
    String a = (String) Procedures.created(worker, person, Map.of("type", "DUPLICATA")).get("id");
    String b =
        (String) Procedures.created(worker, person, Map.of("type", "CHANGEMENT_ADRESSE")).get("id");
    Procedures.act(worker, a, Map.of("action", "FILE"));
    assertEquals(
        200,
        worker
            .json("DELETE", Mandates.url((String) mandate.get("id")) + "/scopes/DUPLICATA", "")
            .statusCode());
    // S11: refused on the very next request, the procedure unchanged; the other type goes on.
    HttpResponse<String> refused =
        worker.json(
            "POST", Procedures.actions(a), Map.of("action", "STATUS", "status", "UNDER_REVIEW"));
    assertProblem(refused, 403, null);
    assertTrue(refused.body().contains("DUPLICATA"), refused.body());
    assertProblem(
        worker.json("POST", API + "/procedures/" + a + "/document-requests", Map.of()), 403, null);
    assertEquals("FILED", json(worker.get(API + "/procedures/" + a)).get("status"));
    assertEquals("FILED", Procedures.act(worker, b, Map.of("action", "FILE")).get("status"));

    // She sees her own procedures, their status and history, from her own access (C3).
    WebClient she = PersonAccess.signedIn(worker, person, Logins.uniqueName("demarches"));
    String mine = API + "/my-file/records/" + person + "/procedures";
    List<Object> own = Json.list(she.get(mine));
    assertEquals(2, own.size());
    assertTrue(she.get(mine).body().contains("\"FILED\""));
    assertProblem(
        she.get(API + "/my-file/records/" + UUID.randomUUID() + "/procedures"), 404, null);
    assertProblem(she.get(Procedures.of(person)), 404, null);
    assertProblem(worker.get(mine), 403, null);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRequestForDocumentsFoundInAMessageSetsTheDueDateAndIsNeverClosedSilently()
      throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String person = People.onCaseload(worker);
    Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    String id = (String) Procedures.created(worker, person, Map.of("type", "DUPLICATA")).get("id");
    Procedures.act(worker, id, Map.of("action", "FILE", "administrationReference", "ANEF-" + tag));
    String other =
        (String) Procedures.created(worker, person, Map.of("type", "DUPLICATA")).get("id");
    MailTraffic.Person her = MailTraffic.address(worker, person);

    // The rule: the message names the procedure's reference and asks for documents.
    fr.relais.it.support.TestEnvironment.mail()
        .deliver(
            MailTraffic.message(
                her.address(),
                "Demande de pièces complémentaires — dossier ANEF-" + tag,
                "Merci de transmettre les documents suivants dans un délai de 15 jours :"
                    + " justificatif de domicile."));
    String first = (String) MailTraffic.awaitMessages(worker, person, 1).get(0).get("id");
    Map<String, Object> p = json(worker.get(API + "/procedures/" + id));
    assertEquals("DOCUMENTS_REQUESTED", p.get("status"));
    Map<String, Object> request = ((List<Map<String, Object>>) p.get("requests")).get(0);
    assertEquals("MESSAGE", request.get("source"));
    assertEquals(TODAY.plusDays(15).toString(), request.get("dueOn"), "the message's date");
    List<Map<String, Object>> events = (List<Map<String, Object>>) p.get("events");
    assertEquals("MESSAGE", events.get(events.size() - 2).get("kind"));
    assertEquals(first, events.get(events.size() - 2).get("messageId"));
    assertEquals(
        1,
        ((List<?>) json(worker.get(API + "/procedures/" + other)).get("events")).size(),
        "only the procedure it names");

    // A message that names no reference is attached by the member.
    fr.relais.it.support.TestEnvironment.mail()
        .deliver(
            MailTraffic.message(
                her.address(), "Votre demande", "Votre demande est en cours d'instruction."));
    List<Map<String, Object>> inbox = MailTraffic.awaitMessages(worker, person, 2);
    String second =
        inbox.stream()
            .map(m -> (String) m.get("id"))
            .filter(m -> !m.equals(first))
            .findFirst()
            .orElseThrow();
    int before = ((List<?>) json(worker.get(API + "/procedures/" + id)).get("events")).size();
    String link = API + "/procedures/" + id + "/messages";
    assertProblem(worker.json("POST", link, Map.of("messageId", "pas-un-id")), 400, "messageId");
    assertProblem(
        worker.json("POST", link, Map.of("messageId", UUID.randomUUID().toString())),
        400,
        "messageId");
    assertProblem(
        Logins.signedIn("ts2.ccas").json("POST", link, Map.of("messageId", second)), 404, null);
    HttpResponse<String> attached = worker.json("POST", link, Map.of("messageId", second));
    assertEquals(200, attached.statusCode(), attached.body());
    assertEquals(
        before + 1, ((List<?>) json(attached).get("events")).size(), "one event, no request");
    assertProblem(worker.json("POST", link, Map.of("messageId", second)), 409, "messageId");

    // At the due date: overdue, and still open — nothing closes.
    String token =
        fr.relais.it.support.TestEnvironment.scripted()
            .accessToken("api-operateur", java.time.Duration.ofMinutes(5));
    try {
      TestClock.shiftDays(token, 15);
      Map<String, Object> due = json(Logins.signedIn("ts1.ccas").get(API + "/procedures/" + id));
      assertEquals(true, due.get("overdue"));
      assertEquals("DOCUMENTS_REQUESTED", due.get("status"));
      assertEquals("OPEN", ((List<Map<String, Object>>) due.get("requests")).get(0).get("status"));
    } finally {
      TestClock.shiftSeconds(token, 0);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theStructureSeesItsProceduresMostUrgentFirst() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String type = "TITRE_IDENTITE_VOYAGE";
    String person = People.onCaseload(worker);
    Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of(type));
    String later = (String) Procedures.created(worker, person, Map.of("type", type)).get("id");
    Procedures.act(worker, later, Map.of("action", "FILE"));
    Map<String, Object> adp = new HashMap<>();
    adp.put("kind", "ADP");
    adp.put("issuedOn", TODAY.toString());
    adp.put("validUntil", TODAY.plusDays(20).toString());
    assertEquals(200, Procedures.attest(worker, later, adp).statusCode());
    String sooner = (String) Procedures.created(worker, person, Map.of("type", type)).get("id");
    Procedures.act(worker, sooner, Map.of("action", "FILE"));
    assertEquals(
        200,
        worker
            .json(
                "POST",
                API + "/procedures/" + sooner + "/document-requests",
                Map.of("dueOn", TODAY.plusDays(5).toString()))
            .statusCode());
    String none = (String) Procedures.created(worker, person, Map.of("type", type)).get("id");
    String list = API + "/structures/" + CCAS + "/procedures";

    List<Map<String, Object>> items =
        (List<Map<String, Object>>)
            json(worker.get(list + "?type=" + type + "&limit=200")).get("items");
    List<Object> ids = items.stream().map(i -> i.get("id")).toList();
    assertTrue(
        ids.indexOf(sooner) >= 0 && ids.indexOf(sooner) < ids.indexOf(later), ids.toString());
    assertTrue(ids.indexOf(later) < ids.indexOf(none), "no deadline last");
    Map<String, Object> first = items.get(ids.indexOf(sooner));
    assertEquals(TODAY.plusDays(5).toString(), first.get("nextDueOn"));
    assertEquals(TODAY.plusDays(20).toString(), items.get(ids.indexOf(later)).get("nextDueOn"));
    // Filtered by status; keyset pages.
    List<Object> requested =
        ((List<Map<String, Object>>)
                json(worker.get(list + "?type=" + type + "&status=DOCUMENTS_REQUESTED&limit=200"))
                    .get("items"))
            .stream().map(i -> i.get("id")).toList();
    assertTrue(requested.contains(sooner) && !requested.contains(later), requested.toString());
    Map<String, Object> page1 = json(worker.get(list + "?type=" + type + "&limit=1"));
    String next = (String) page1.get("next");
    Map<String, Object> page2 = json(worker.get(list + "?type=" + type + "&limit=1&after=" + next));
    assertEquals(
        ids.get(1), ((List<Map<String, Object>>) page2.get("items")).get(0).get("id"), "next page");
    // Another caseload does not list it; a volunteer and another structure are refused.
    assertFalse(
        Logins.signedIn("ts2.ccas")
            .get(list + "?type=" + type + "&limit=200")
            .body()
            .contains(sooner));
    assertTrue(
        Logins.signedIn("admin.ccas")
            .get(list + "?type=" + type + "&limit=200")
            .body()
            .contains(sooner));
    assertProblem(Logins.signedIn("admin.asso").get(list), 404, null); // as unknown (S40)
    // Bad input, each named.
    assertProblem(worker.get(list + "?status=PEUT_ETRE"), 400, "status");
    assertProblem(worker.get(list + "?after=hier"), 400, "after");
    assertProblem(worker.get(list + "?limit=0"), 400, "limit");
    assertProblem(worker.get(list + "?responsibleId=quelqu-un"), 400, "responsibleId");
  }

  // ---- helpers shared with the deadline and takeover tests ----

  @Test
  @SuppressWarnings("unchecked")
  void eachDocumentAskedForIsRequestedThenProvidedThenSent() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String person = People.onCaseload(worker);
    Mandates.active(worker, person, TODAY, TODAY.plusMonths(6), List.of("DUPLICATA"));
    String procedure =
        (String) Procedures.created(worker, person, Map.of("type", "DUPLICATA")).get("id");
    Procedures.act(
        worker, procedure, Map.of("action", "FILE", "administrationReference", "AN-DOC-1"));
    String requests = API + "/procedures/" + procedure + "/document-requests";

    // Bad input: an unknown type of document, said so; nothing recorded.
    assertProblem(
        worker.json("POST", requests, Map.of("documentTypes", List.of("PHOTO", "SELFIE"))),
        400,
        "documentTypes");
    assertEquals(0, ((List<?>) get(worker, procedure).get("requests")).size());

    Map<String, Object> asked =
        json(
            worker.json(
                "POST",
                requests,
                Map.of(
                    "description",
                    "Photos et justificatif de domicile",
                    "documentTypes",
                    List.of("PHOTO", "PROOF_OF_ADDRESS"))));
    Map<String, Object> request = ((List<Map<String, Object>>) asked.get("requests")).get(0);
    assertEquals(List.of("PHOTO", "PROOF_OF_ADDRESS"), request.get("documentTypes"));
    assertEquals(Map.of("PHOTO", "REQUESTED", "PROOF_OF_ADDRESS", "REQUESTED"), statuses(asked));

    // A photo in her file since the request: provided, not sent yet.
    String photo = Documents.uploadPdf(worker, person, "Photos d'identité", "PHOTO");
    Map<String, Object> now = get(worker, procedure);
    assertEquals(Map.of("PHOTO", "PROVIDED", "PROOF_OF_ADDRESS", "REQUESTED"), statuses(now));
    assertEquals(photo, document(now, "PHOTO").get("versionId"));

    // Sent with the completion: sent; the proof of address still requested.
    Map<String, Object> completed =
        Procedures.act(
            worker,
            procedure,
            Map.of("action", "COMPLETE", "versionIds", List.of(photo), "detail", "Photos"));
    assertEquals(Map.of("PHOTO", "SENT", "PROOF_OF_ADDRESS", "REQUESTED"), statuses(completed));
    assertEquals(photo, document(completed, "PHOTO").get("versionId"));
    assertEquals(TODAY.toString(), document(completed, "PHOTO").get("on"));

    // Asked again later: requested again until a new one is sent.
    Map<String, Object> again =
        json(worker.json("POST", requests, Map.of("documentTypes", List.of("PHOTO"))));
    assertEquals("SENT", statuses(again).get("PHOTO"), "sent the same day it was asked again");
  }

  private static Map<String, Object> get(WebClient w, String procedure) throws Exception {
    HttpResponse<String> r = w.get(API + "/procedures/" + procedure);
    assertEquals(200, r.statusCode(), r.body());
    return json(r);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> statuses(Map<String, Object> procedure) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (Map<String, Object> d : (List<Map<String, Object>>) procedure.get("documents")) {
      out.put((String) d.get("type"), (String) d.get("status"));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> document(Map<String, Object> procedure, String type) {
    return ((List<Map<String, Object>>) procedure.get("documents"))
        .stream().filter(d -> type.equals(d.get("type"))).findFirst().orElseThrow();
  }
}
