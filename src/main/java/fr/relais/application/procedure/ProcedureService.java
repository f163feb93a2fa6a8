package fr.relais.application.procedure;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.Page;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.procedure.ProcedureId;
import fr.relais.domain.model.structure.StructureId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Procedures done on a person's behalf (C1-C6): several at once, each of a catalogue type; its
 * actions (file, rectify, complete, a status the administration gave, cancel, review after a
 * freeze), requests for documents, attestations; and the residence permit she holds, whose expiry
 * gives the renewal window. Every action on a procedure needs an active mandate covering its type
 * (B2), read on each request (S11); every action is journaled and kept on the timeline.
 */
public interface ProcedureService {

  /** A new procedure; channel defaults to the catalogue's, responsible to the member. */
  record NewProcedure(
      String type,
      String legalGround,
      String channel,
      String administrationReference,
      String administrationAccountId,
      String responsibleId) {}

  /**
   * An action: {@code FILE}, {@code RECTIFY}, {@code COMPLETE} (with the document versions sent and
   * the requests they answer), {@code STATUS} (with {@code status}), {@code CANCEL}, {@code REVIEW}
   * (after a freeze).
   */
  record Action(
      String action,
      String status,
      LocalDate on,
      String channel,
      String administrationReference,
      String detail,
      List<String> versionIds,
      List<String> requestIds) {}

  /**
   * A request for documents: due 30 days after it by default; the types of document it asks for
   * ({@code IDENTITY}, {@code PROOF_OF_ADDRESS}, {@code PHOTO}, {@code PAYSLIP}...), when known.
   */
  record NewRequest(
      LocalDate requestedOn, LocalDate dueOn, String description, List<String> documentTypes) {}

  record NewAttestation(
      String kind,
      LocalDate issuedOn,
      LocalDate validUntil,
      String permitType,
      String cesedaArticle,
      Boolean allowsWork) {}

  record NewPermit(String permitType, LocalDate expiresOn, Boolean filedOnline) {}

  record EventView(
      int seq,
      String kind,
      String status,
      LocalDate statusOn,
      String channel,
      String detail,
      List<String> versionIds,
      String messageId,
      String actor,
      Instant at) {}

  /** A message of her record to attach to a procedure. */
  record MessageLink(String messageId) {}

  record RequestView(
      String id,
      LocalDate requestedOn,
      LocalDate dueOn,
      String source,
      String description,
      String status,
      boolean overdue,
      LocalDate answeredOn,
      List<String> documentTypes) {}

  /**
   * A type of document on this procedure and where it stands: {@code REQUESTED} (asked for, not in
   * her file since), {@code PROVIDED} (a version in her file since the request, not sent yet),
   * {@code SENT} (a version sent with an action since the request); the version and its date.
   */
  record DocumentStatusView(
      String type, String status, LocalDate requestedOn, String versionId, LocalDate on) {}

  record AttestationView(
      String id,
      String kind,
      LocalDate issuedOn,
      LocalDate validUntil,
      String permitType,
      String cesedaArticle,
      boolean allowsWork,
      boolean superseded,
      boolean lapsed) {}

  record ProcedureView(
      String id,
      String personId,
      String type,
      String typeLabel,
      String legalGround,
      String channel,
      String administrationReference,
      String administrationAccountId,
      String responsibleId,
      String responsible,
      String status,
      LocalDate statusOn,
      LocalDate filedOn,
      boolean frozen,
      String frozenReason,
      boolean overdue,
      Instant createdAt,
      List<EventView> events,
      List<RequestView> requests,
      List<AttestationView> attestations,
      List<DocumentStatusView> documents) {}

  /**
   * A permit and where its renewal window stands today: {@code BEFORE}, {@code OPEN}, {@code LATE}
   * (closed, not expired), {@code EXPIRED}; {@code REPLACED} for an older one.
   */
  record PermitView(
      String id,
      String permitType,
      LocalDate expiresOn,
      LocalDate windowOpensOn,
      LocalDate windowClosesOn,
      boolean filedOnline,
      String window) {}

  /** One line of the structure's list by urgency (R5). */
  record ProcedureLine(
      String id,
      String personId,
      String personName,
      String type,
      String typeLabel,
      String status,
      LocalDate statusOn,
      LocalDate nextDueOn,
      boolean overdue,
      boolean frozen,
      String responsibleId,
      String responsible) {}

  /**
   * The structure's procedures, most urgent first (the nearest deadline: a request's due date, an
   * ADP's last day), filtered by type, status and member responsible; keyset pages. Administrators
   * see the structure's, a social worker their caseload's; never a protected person's for who may
   * not open her file; volunteers are refused.
   */
  Page<ProcedureLine> byUrgency(
      StructureId structureId,
      String type,
      String status,
      String responsibleId,
      String after,
      Integer limit);

  /** Her procedures, newest first, each with its timeline (her file's audience). */
  List<ProcedureView> list(PersonId personId);

  ProcedureView get(ProcedureId procedureId);

  /**
   * Her own procedures, from her own access (C3): those of one of her records whose link is in
   * force, nothing under an emergency lock (F6); journaled as a reading of her file by herself.
   */
  List<ProcedureView> mine(PersonId personId);

  ProcedureView create(PersonId personId, NewProcedure input);

  ProcedureView act(ProcedureId procedureId, Action action);

  ProcedureView requestDocuments(ProcedureId procedureId, NewRequest request);

  ProcedureView attest(ProcedureId procedureId, NewAttestation attestation);

  /**
   * Attaches a message filed in her record to the procedure (C2); a request for documents the
   * urgency rules found in it becomes the procedure's request, due on the date the message gave.
   */
  ProcedureView attachMessage(ProcedureId procedureId, MessageLink link);

  /**
   * The rule (C2, C5): a message just filed in her record that names the administration's reference
   * of one of her procedures is attached to it, and a request for documents found in it sets a due
   * date (the message's, or 30 days). Called by the mailbox in the filing transaction; returns how
   * many procedures it was attached to.
   */
  int messageFiled(
      java.util.UUID personId,
      java.util.UUID messageId,
      String subject,
      String text,
      fr.relais.domain.model.mailbox.MessageKind kind,
      LocalDate dueOn);

  /** Her permits, the current one first. */
  List<PermitView> permits(PersonId personId);

  /** Records the permit she holds now (the previous one is replaced). */
  PermitView recordPermit(PersonId personId, NewPermit permit);

  /**
   * E3, S33: freezes for review every procedure filed from this administration account since {@code
   * since} (all of them if null), an event on each; the caller decided the takeover claim and
   * journals it. Returns how many were frozen.
   */
  int freezeFiledFrom(java.util.UUID administrationAccount, LocalDate since, AuthenticatedUser by);
}
