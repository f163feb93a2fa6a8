package fr.relais.infrastructure.demo;

import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** The demonstration procedures, permits, requests, attestations and blockages. */
@ApplicationScoped
class DemoProcedures {

  @Inject fr.relais.domain.model.procedure.ProcedureRepository procedures;
  @Inject TimeSource clock;

  /** Each status of a procedure, the first two carrying an overdue request and a lapsing ADP. */
  private static final fr.relais.domain.model.procedure.ProcedureStatus[] DEMO_STATUSES = {
    fr.relais.domain.model.procedure.ProcedureStatus.DOCUMENTS_REQUESTED,
    fr.relais.domain.model.procedure.ProcedureStatus.UNDER_REVIEW,
    fr.relais.domain.model.procedure.ProcedureStatus.FILED,
    fr.relais.domain.model.procedure.ProcedureStatus.PREPARING,
    fr.relais.domain.model.procedure.ProcedureStatus.APPOINTMENT_SET,
    fr.relais.domain.model.procedure.ProcedureStatus.DECISION_FAVOURABLE,
    fr.relais.domain.model.procedure.ProcedureStatus.DECISION_UNFAVOURABLE,
    fr.relais.domain.model.procedure.ProcedureStatus.PERMIT_AVAILABLE,
    fr.relais.domain.model.procedure.ProcedureStatus.HANDED_OVER,
    fr.relais.domain.model.procedure.ProcedureStatus.CLOSED,
    fr.relais.domain.model.procedure.ProcedureStatus.CANCELLED,
    fr.relais.domain.model.procedure.ProcedureStatus.WITHDRAWN
  };

  private final java.util.Map<StructureId, Integer> demoProcedureCursor = new java.util.HashMap<>();

  /**
   * Procedures for the first people of each structure with an active mandate (C1-C6): every status
   * across them, an overdue request for documents, an ADP about to lapse, and each person's permit
   * — the first one's renewal window about to close.
   */
  void create(fr.relais.domain.model.person.Person person, int i, UUID author, String code) {
    int cursor = demoProcedureCursor.getOrDefault(person.structure(), 0);
    if (cursor >= DEMO_STATUSES.length + 3) {
      return;
    }
    var today = clock.today();
    var now = clock.now();
    UUID pid = person.id().value();
    UUID sid = person.structure().value();
    procedures.add(
        new fr.relais.domain.model.procedure.ResidencePermit(
            pid,
            sid,
            "Carte de séjour temporaire « vie privée et familiale »",
            today.plusDays(cursor == 0 ? 70 : 150 + 30L * cursor),
            cursor % 2 == 1,
            author,
            now));
    for (int k = 0; k < 3; k++, cursor++) {
      var target = DEMO_STATUSES[cursor % DEMO_STATUSES.length];
      var p =
          new fr.relais.domain.model.procedure.Procedure(
              pid,
              sid,
              code,
              null,
              fr.relais.domain.model.procedure.FilingChannel.ANEF,
              null,
              null,
              author,
              author,
              today.minusDays(60),
              now);
      procedures.add(p);
      procedures.add(p.created(author, now));
      if (target == fr.relais.domain.model.procedure.ProcedureStatus.PREPARING) {
        continue;
      }
      procedures.add(
          p.file(
              today.minusDays(50),
              null,
              "ANEF-DEMO-" + (1000 + cursor),
              null,
              List.of(),
              author,
              now));
      switch (target) {
        case FILED -> {
          // Filed, then the online service refused to go further (C7): a blockage to answer.
          var b =
              new fr.relais.domain.model.procedure.Blockage(
                  p,
                  now.minus(java.time.Duration.ofDays(3)),
                  "« Une erreur technique est survenue. Veuillez réessayer ultérieurement. »"
                      + " à l'étape des pièces justificatives",
                  "Trois essais sur deux jours, deux navigateurs ; assistance téléphonique"
                      + " injoignable",
                  List.of(),
                  author,
                  now);
          procedures.add(b);
          procedures.add(p.blocked("blockage " + b.verificationCode(), author, now));
        }
        case DOCUMENTS_REQUESTED -> {
          var r =
              new fr.relais.domain.model.procedure.DocumentRequest(
                  p,
                  today.minusDays(35),
                  null,
                  fr.relais.domain.model.procedure.DocumentRequest.Source.MEMBER,
                  null,
                  "Justificatif de domicile de moins de trois mois",
                  java.util.List.of(fr.relais.domain.model.document.DocumentType.PROOF_OF_ADDRESS),
                  author,
                  now);
          procedures.add(r);
          procedures.add(
              p.documentsRequested(today.minusDays(35), "due " + r.dueOn(), author, now));
          p.dueNext(r.dueOn());
        }
        case UNDER_REVIEW -> {
          procedures.add(
              p.reach(
                  fr.relais.domain.model.procedure.ProcedureStatus.UNDER_REVIEW,
                  today.minusDays(40),
                  null,
                  author,
                  now));
          procedures.add(
              new fr.relais.domain.model.procedure.Attestation(
                  p,
                  fr.relais.domain.model.procedure.Attestation.Kind.ADP,
                  today.minusDays(80),
                  today.plusDays(10),
                  "Carte de séjour temporaire",
                  "L. 423-23",
                  true,
                  author,
                  now));
          procedures.add(
              p.attested("ADP until " + today.plusDays(10), today.minusDays(80), author, now));
          p.dueNext(today.plusDays(10));
        }
        case CANCELLED ->
            procedures.add(
                p.cancel(today.minusDays(10), "Démarche abandonnée à sa demande", author, now));
        default -> procedures.add(p.reach(target, today.minusDays(20), null, author, now));
      }
    }
    demoProcedureCursor.put(person.structure(), cursor);
  }
}
