package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.PlatformEvaluator;
import fr.relais.domain.model.access.Role;
import jakarta.enterprise.context.ApplicationScoped;

/** The rules of {@link PlatformEvaluator}: the platform operator's, each decided here. */
@ApplicationScoped
public class DefaultPlatformEvaluator extends EvaluatorSupport implements PlatformEvaluator {

  @Override
  public boolean canAdminister(AuthenticatedUser user) {
    // S13: the operator runs the service and sees no one's data.
    return user.role() == Role.PLATFORM_OPERATOR;
  }

  @Override
  public boolean canVerifyJournal(AuthenticatedUser user) {
    // S13, S51: the operator checks the chain's integrity; the verification reveals no content.
    return canAdminister(user);
  }

  @Override
  public AuthenticatedUser requireVerifyJournal() {
    AuthenticatedUser user = currentUser();
    if (!canVerifyJournal(user)) {
      throw forbiddenRole(user, "journal.verify", "journal", null);
    }
    return user;
  }

  @Override
  public boolean canControlClock(AuthenticatedUser user) {
    return canAdminister(user);
  }

  @Override
  public AuthenticatedUser requireControlClock() {
    AuthenticatedUser user = currentUser();
    if (!canControlClock(user)) {
      throw forbiddenRole(user, "clock.shift", "clock", null);
    }
    return user;
  }

  @Override
  public boolean canEditCatalogue(AuthenticatedUser user) {
    return canAdminister(user);
  }

  @Override
  public AuthenticatedUser requireEditCatalogue() {
    AuthenticatedUser user = currentUser();
    if (!canEditCatalogue(user)) {
      throw forbiddenRole(user, "catalogue.edit", "procedure_type", null);
    }
    return user;
  }

  @Override
  public AuthenticatedUser requireAdministerVault(String action) {
    return requireOperator(action, "vault");
  }

  @Override
  public AuthenticatedUser requireAdministerRetention(String action) {
    return requireOperator(action, "retention");
  }

  /** The platform operator only; anyone else's attempt is journaled about {@code target}. */
  private AuthenticatedUser requireOperator(String action, String target) {
    AuthenticatedUser user = currentUser();
    if (!canAdminister(user)) {
      throw forbiddenRole(user, action, target, null);
    }
    return user;
  }
}
