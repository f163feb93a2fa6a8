package fr.relais.application.access;

import fr.relais.domain.model.mandate.Mandate;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.person.Person;

/** Mandates and acting on a person's behalf (B1, B2, S10). */
public interface MandateEvaluator {

  /** Whether a mandate she gave her structure is active today (B2). */
  boolean anyActive(Person person);

  /**
   * Who creates, documents and revokes her mandates: who may correct her record ({@link
   * PersonEvaluator#canEdit}); volunteers read. A refusal is answered as for a person who does not
   * exist (404), journaled {@code ROLE} under {@code action}.
   */
  void requireWrite(Person person, String action);

  /**
   * The mandate, if the current member {@link PersonEvaluator#requireSeeFile sees its person's
   * file} ({@code mandate.view}); an unknown id, or none, is answered 404, journaled {@code
   * UNKNOWN}.
   */
  Mandate requireSee(MandateId mandateId);

  /**
   * The mandate under which the current member may act for her on this procedure type (B2, S10):
   * one of hers, given to her structure, active today, whose scope covers the type. A volunteer
   * never acts on anyone's behalf ({@code ROLE}); without such a mandate, {@code
   * NO_ACTIVE_MANDATE}. Either refusal is 403, journaled {@code mandate.on-behalf.check} with the
   * code.
   */
  Mandate requireOnBehalf(Person person, String procedureCode);
}
