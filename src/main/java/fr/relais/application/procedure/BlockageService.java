package fr.relais.application.procedure;

import fr.relais.application.Page;
import fr.relais.application.file.DocumentService;
import fr.relais.domain.model.procedure.BlockageId;
import fr.relais.domain.model.procedure.ProcedureId;
import java.time.Instant;
import java.util.List;

/**
 * Technical blockages of the online service (C7, R1, R10): a member records one with its evidence;
 * Relais produces a dated attestation with a verification code and the letter asking the prefecture
 * for the non-digital channel; the prefecture agents of the structure's departments see the open
 * ones and answer in Relais.
 */
public interface BlockageService {

  /** What the member records: when it failed, the error as shown, the steps tried. */
  record NewBlockage(
      Instant occurredAt, String errorText, String stepsTried, List<String> versionIds) {}

  /**
   * The agent's answer: {@code SUBSTITUTE_CHANNEL}, {@code APPOINTMENT} (with its date), {@code
   * RESOLVED}.
   */
  record Answer(String answer, String text, Instant appointmentAt) {}

  record BlockageView(
      String id,
      String procedureId,
      String procedureType,
      String personId,
      String personName,
      String structureName,
      Instant occurredAt,
      String errorText,
      String stepsTried,
      int evidenceCount,
      String verificationCode,
      String recordedBy,
      Instant recordedAt,
      String status,
      String answer,
      String answerText,
      Instant appointmentAt,
      String answeredBy,
      Instant answeredAt) {}

  /**
   * An open request for documents past its due date, as a prefecture agent sees it (R5): the
   * procedure, the administration's reference and the structure, never the person's name.
   */
  record OverdueRequestView(
      String requestId,
      String procedureId,
      String procedureType,
      String administrationReference,
      String structureName,
      java.time.LocalDate requestedOn,
      java.time.LocalDate dueOn,
      long daysOverdue,
      List<String> documentTypes) {}

  /**
   * For a prefecture agent: the open requests for documents of the structures of their departments
   * that are due or past due, oldest due date first, by keyset pages. Journaled.
   */
  Page<OverdueRequestView> overdueRequests(String after, Integer limit);

  /** Records a blockage on a procedure (a mandate covering its type, as for every action). */
  BlockageView record(ProcedureId procedureId, NewBlockage blockage);

  /** A procedure's blockages (her file's audience). */
  List<BlockageView> ofProcedure(ProcedureId procedureId);

  /** The attestation and the letter to the prefecture, as one PDF (her file's audience). */
  DocumentService.Download attestation(BlockageId blockageId);

  /** The agent's queue: blockages of the structures of their departments, in a status. */
  Page<BlockageView> queue(String status, String after, Integer limit);

  /** The agent answers (a prefecture agent of one of the structure's departments only). */
  BlockageView answer(BlockageId blockageId, Answer answer);
}
