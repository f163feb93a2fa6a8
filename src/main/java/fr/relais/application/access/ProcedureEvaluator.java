package fr.relais.application.access;

import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.procedure.Blockage;
import fr.relais.domain.model.structure.StructureId;

/**
 * Procedures tracked for a person, the structure's deadlines, and technical blockages (B2, C1, C2,
 * C5). Read on this request: a scope revoked a moment ago refuses the next action (S11).
 */
public interface ProcedureEvaluator {

  /**
   * Who acts on a procedure of hers — creates, files, rectifies, completes, cancels it, records
   * what the administration answered (C1, C2, B2): who may correct her record (never a volunteer),
   * for a protected person who may read her sealed data (F2), acting under a mandate of hers active
   * today whose scope covers that procedure type.
   */
  boolean canAct(AuthenticatedUser user, Person person, String procedureCode);

  /**
   * {@link #canAct}: who may not correct her record gets 403 journaled {@code ROLE}; without a
   * mandate covering the type, {@link fr.relais.application.mandate.MandateRequiredException} (403,
   * the type named), journaled {@code MANDATE_SCOPE <code>} (B2, S11).
   */
  void requireAct(Person person, String procedureCode, String action);

  /**
   * Who reads the structure's procedures by urgency and its deadlines (C5): its administrators and
   * social workers, never volunteers.
   */
  boolean canSeeDeadlines(AuthenticatedUser user);

  /**
   * An acting member of the structure ({@link StructureEvaluator#requireActingMember}) who {@link
   * #canSeeDeadlines}; a volunteer gets 403 journaled {@code procedure.urgency}, {@code ROLE}.
   */
  AuthenticatedUser requireListByUrgency(StructureId structure);

  /** As {@link #requireListByUrgency}, journaled {@code deadline.dashboard}. */
  AuthenticatedUser requireSeeDeadlines(StructureId structure);

  /**
   * Who may be responsible for a procedure of hers: an active administrator or social worker of her
   * structure (who may act on it).
   */
  boolean mayBeResponsible(Account member, Person person);

  /** Who follows technical blockages and overdue requests: prefecture agents. */
  boolean canFollowBlockages(AuthenticatedUser user);

  /**
   * Who has reminders on their dashboard, and the mandates ending soon: who {@link #canSeeDeadlines
   * reads the structure's deadlines} (C5, C6) and who {@link #canFollowBlockages follows blockages}
   * (C7, and the takeover claims of their departments, E3). Volunteers, the operator and
   * accompanied people have none.
   */
  boolean canSeeReminders(AuthenticatedUser user);

  /** {@link #canFollowBlockages}, or 403 journaled {@code blockage.queue}, {@code ROLE}. */
  AuthenticatedUser requireBlockageQueue();

  /** {@link #canFollowBlockages}, or 403 journaled {@code request.overdue}, {@code ROLE}. */
  AuthenticatedUser requireOverdueRequests();

  /**
   * Her file, for who may see a blockage of hers: a prefecture agent covering one of the
   * structure's departments (else as unknown, 404, journaled {@code DEPARTMENT}, S40); anyone else
   * as {@link PersonEvaluator#requireSeeFile}.
   */
  Person requireSeeBlockage(Blockage blockage, String action);

  /**
   * Her file, for who answers a blockage: a prefecture agent covering one of the structure's
   * departments (else as unknown, 404, journaled {@code DEPARTMENT}); a member who sees her file
   * gets 403, journaled {@code blockage.answer}, {@code ROLE}.
   */
  Person requireAnswerBlockage(Blockage blockage);
}
