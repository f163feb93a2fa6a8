package fr.relais.application.identity;

import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.model.person.Person;

/**
 * The one gate of sensitive operations on a person's record — an email change started by a member,
 * a takeover claim, lifting a protection (D1, S6): her identity verified at the configured minimum
 * level within the configured time ({@code relais.sensitive.minimum-level}, {@code
 * relais.sensitive.max-age-days}), and the acting member's fresh authentication. Each refusal is
 * journaled.
 */
public interface SensitiveOperations {

  /**
   * @throws IdentityVerificationRequiredException when her identity is not verified recently enough
   * @throws ReauthenticationRequiredException when the member did not authenticate recently
   */
  AuthenticatedUser require(Person person, String action);

  /** Whether her identity is verified recently enough for a sensitive operation (for pages). */
  boolean identityRecentEnough(Person person);
}
