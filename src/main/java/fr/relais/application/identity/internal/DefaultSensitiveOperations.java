package fr.relais.application.identity.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.identity.IdentityVerificationRequiredException;
import fr.relais.application.identity.SensitiveOperations;
import fr.relais.application.journal.Journal;
import fr.relais.domain.model.identity.IdentityVerification;
import fr.relais.domain.model.identity.IdentityVerificationRepository;
import fr.relais.domain.model.identity.VerificationLevel;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Her latest steps read on this request; the member's authentication time from their token. */
@ApplicationScoped
public class DefaultSensitiveOperations implements SensitiveOperations {

  @Inject AccessPolicy policy;
  @Inject IdentityVerificationRepository verifications;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Inject
  @ConfigProperty(name = "relais.sensitive.minimum-level", defaultValue = "DOCUMENT_CHECKED")
  String minimumLevelName;

  @Inject
  @ConfigProperty(name = "relais.sensitive.max-age-days", defaultValue = "30")
  int maxAgeDays;

  private VerificationLevel minimum;

  @PostConstruct
  void checkConfiguration() {
    // A wrong level stops the deployment rather than letting every operation through.
    minimum = VerificationLevel.valueOf(minimumLevelName.strip());
    if (maxAgeDays < 1) {
      throw new IllegalStateException("relais.sensitive.max-age-days: at least 1");
    }
  }

  @Override
  public AuthenticatedUser require(Person person, String action) {
    AuthenticatedUser user = policy.requireAuthenticated();
    if (!identityRecentEnough(person)) {
      journal.recordSeparately(user.journal().about(person).refused(action, "IDENTITY_LEVEL"));
      throw new IdentityVerificationRequiredException(
          action, minimum.name(), Duration.ofDays(maxAgeDays));
    }
    return policy.identity().requireFreshAuthentication(action, person); // S6
  }

  @Override
  public boolean identityRecentEnough(Person person) {
    Instant since = clock.now().minus(Duration.ofDays(maxAgeDays));
    for (IdentityVerification step : verifications.history(person.id().value(), 50)) {
      if (step.level().atLeast(minimum) && !step.checkedAt().isBefore(since)) {
        return true;
      }
    }
    return false;
  }
}
