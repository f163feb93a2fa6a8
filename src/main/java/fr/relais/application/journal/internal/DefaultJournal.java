package fr.relais.application.journal.internal;

import fr.relais.application.CurrentRequest;
import fr.relais.application.journal.Journal;
import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.domain.model.journal.CheckpointKeys;
import fr.relais.domain.model.journal.CheckpointLog;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.journal.JournalKeys;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.journal.JournalRepository;
import fr.relais.domain.model.journal.JournalVerifier;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Appends to and verifies the journal through its repository; no other code touches it. */
@ApplicationScoped
public class DefaultJournal implements Journal {

  @Inject JournalRepository repository;
  @Inject JournalKeys keys;
  @Inject CheckpointKeys checkpointKeys;
  @Inject CheckpointLog checkpoints;
  @Inject TimeSource clock;
  @Inject CurrentRequest request;

  /** How long an entry may wait for the sealer before verification calls it an alarm. */
  @Inject
  @ConfigProperty(name = "relais.journal.seal.max-delay-seconds", defaultValue = "30")
  long maxDelaySeconds;

  @Override
  @Transactional(TxType.MANDATORY)
  public JournalEntry record(JournalRecord record) {
    return append(record);
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public JournalEntry recordSeparately(JournalRecord record) {
    return append(record);
  }

  /**
   * S50: the entry is inserted in the caller's transaction, so it commits with the action or not at
   * all. Its number comes from a database sequence and it carries its own MAC: nothing is locked
   * until commit, and concurrent writers on every node proceed in parallel.
   */
  private JournalEntry append(JournalRecord record) {
    String requestId = null;
    String client = null;
    try {
      requestId = request.requestId();
      client = request.clientAddress();
    } catch (ContextNotActiveException noRequest) {
      // background work: no request to attribute
    }
    JournalEntry entry =
        keys.chain().entry(repository.nextSeq(), clock.now(), record, requestId, client);
    repository.add(entry);
    return entry;
  }

  @Override
  @Transactional(TxType.REQUIRED)
  public ChainVerification verifyChain() {
    JournalVerifier verifier =
        new JournalVerifier(
            keys.chain(), checkpointKeys.signatures(), Duration.ofSeconds(maxDelaySeconds));
    return verifier.verify(repository.verificationSource(), checkpoints.read(), clock.now());
  }
}
