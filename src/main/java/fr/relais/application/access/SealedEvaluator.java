package fr.relais.application.access;

import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.model.person.Person;

/**
 * Sealed data (F2, S12): a protected person's channels and places, her documents and notes, kept
 * encrypted and decrypted only for whom these rules allow — each decryption journaled by the
 * vault's callers.
 */
public interface SealedEvaluator {

  /**
   * Whether this user's account holds the <em>protected cases</em> habilitation now (read on this
   * request, S11: a habilitation withdrawn a moment ago counts).
   */
  boolean holdsProtectedCases(AuthenticatedUser user);

  /**
   * Whether sealed data of this person may be decrypted for this user (F2, S12): an administrator
   * or a social worker of her structure who holds the <em>protected cases</em> habilitation, has
   * her on their caseload, and acts under a mandate of hers that is active today. Nobody else — the
   * administrator included unless they meet the same conditions.
   */
  boolean canOpen(AuthenticatedUser user, Person person);

  /**
   * Whether this user reads her file whole: anyone for a person who is not protected; {@link
   * #canOpen} for a protected one.
   */
  boolean canOpenAll(AuthenticatedUser user, Person person);

  /**
   * Whether this user may read one item of a file they see — a document, a note (F2): for a
   * protected person only under {@link #canOpen}; a classified item (a sensitive note, a classified
   * document) of anyone else, who may correct her record ({@link PersonEvaluator#canEdit}, never a
   * volunteer); any other item, her file's audience.
   */
  boolean canOpenItem(AuthenticatedUser user, Person person, boolean classified);

  /**
   * {@link #canOpenItem}, or 403 journaled under {@code action} with {@code SEALED} for a sealed
   * item, {@code CLASSIFIED} otherwise.
   */
  void requireOpenItem(Person person, boolean classified, boolean sealed, String action);
}
