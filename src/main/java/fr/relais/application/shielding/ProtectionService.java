package fr.relais.application.shielding;

import fr.relais.domain.model.person.PersonId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's protected status and its rules (F1). Setting it: an administrator of her structure, or
 * a social worker with the <em>protected cases</em> habilitation who follows her; from then on her
 * contact channels are sealed and volunteers lose her file at once (S11). Lifting it needs three
 * things together: her recorded consent (in person, or from her own account), the structure's
 * administrator, and that administrator's fresh authentication at the provider (S6). Every change
 * and every refusal is journaled (S50).
 */
public interface ProtectionService {

  /** A protection order's court and dates; all given or none. */
  record Order(String court, LocalDate issuedOn, LocalDate endsOn) {}

  /** What a member sends to set the status or change its details. */
  record ProtectionInput(String reason, LocalDate since, Order order) {}

  /** A consent to lifting not yet used: how it was given, when, and until when it may be used. */
  record Consent(String way, Instant recordedAt, Instant usableUntil) {}

  /**
   * The status as the current member sees it. {@code order} is shown only to who may change the
   * status or open her sealed data — a court's name says where she lives now; {@code
   * orderIncomplete}: an order whose dates are still to be entered. The {@code can...} answers are
   * the access policy's, for showing actions.
   */
  record ProtectionView(
      String personId,
      boolean protectedPerson,
      String reason,
      LocalDate since,
      Order order,
      boolean orderIncomplete,
      Consent consent,
      boolean canChange,
      boolean canRecordConsent,
      boolean canLift) {}

  ProtectionView get(PersonId personId);

  /** Sets the status, or changes its details; 403 without the right, 404 for another's file. */
  ProtectionView protect(PersonId personId, ProtectionInput input);

  /**
   * Records that the person, present, consents to lifting her protection: a member who follows her,
   * or the administrator.
   */
  ProtectionView recordConsentInPerson(PersonId personId);

  /** The person herself, signed in to her own access, consents to lifting (a record of hers). */
  void consentFromOwnAccount(PersonId personId);

  /**
   * Lifts the status: the administrator, with an unused consent of hers from the last {@link
   * fr.relais.domain.model.shielding.LiftingConsent#VALIDITY} and a fresh authentication (S6); her
   * contact channels back in clear, the consent spent, her followers told in the application.
   */
  ProtectionView lift(PersonId personId);
}
