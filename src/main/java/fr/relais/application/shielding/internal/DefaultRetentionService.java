package fr.relais.application.shielding.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.RetentionService;
import fr.relais.domain.model.shielding.RetentionPolicy;
import fr.relais.domain.model.shielding.RetentionRepository;
import fr.relais.domain.model.shielding.RetentionRun;
import fr.relais.domain.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The periods of retention, from the configuration (validated at start: a deployment with
 * inconsistent periods fails), and the day's run as a loop of batches, each its own transaction
 * ({@link RetentionBatches}). This class holds no transaction itself, so no batch waits for another
 * to commit.
 */
@ApplicationScoped
public class DefaultRetentionService implements RetentionService {

  /** A day's run never loops for ever, even if something keeps coming back. */
  private static final int MAX_BATCHES = 100_000;

  @Inject RetentionBatches batches;
  @Inject RetentionRepository retention;
  @Inject AccessPolicy policy;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Inject
  @ConfigProperty(name = "relais.retention.closed-file-years", defaultValue = "5")
  int closedFileYears;

  @Inject
  @ConfigProperty(name = "relais.retention.sealed-document-years", defaultValue = "2")
  int sealedDocumentYears;

  @Inject
  @ConfigProperty(name = "relais.retention.unfiled-mail-days", defaultValue = "90")
  int unfiledMailDays;

  @Inject
  @ConfigProperty(name = "relais.retention.client-address-days", defaultValue = "365")
  int clientAddressDays;

  private RetentionPolicy periods;

  @PostConstruct
  void init() {
    periods =
        new RetentionPolicy(
            closedFileYears, sealedDocumentYears, unfiledMailDays, clientAddressDays);
  }

  @Override
  public RetentionPolicy policy() {
    return periods;
  }

  @Override
  @Transactional
  public Status status() {
    policy.platform().requireAdministerRetention("retention.view");
    return new Status(periods, retention.latestRuns(30));
  }

  @Override
  public RetentionRun runNow() {
    AuthenticatedUser user = policy.platform().requireAdministerRetention("retention.run");
    LocalDate today = clock.today();
    RetentionRun run = runDue().orElse(null);
    if (run == null) {
      throw new fr.relais.application.ConflictException(
          "retention", "another node is running the job; try again in a moment");
    }
    journal.recordSeparately(
        user.journal().about("retention", today).success("retention.run.request"));
    return run;
  }

  @Override
  public Optional<RetentionRun> runDue() {
    LocalDate today = clock.today();
    for (int i = 0; i < MAX_BATCHES; i++) {
      switch (batches.next(today, periods)) {
        case BUSY:
          return Optional.empty();
        case DONE:
          return Optional.ofNullable(batches.run(today));
        case MORE:
        default:
          break;
      }
    }
    return Optional.ofNullable(batches.run(today));
  }
}
