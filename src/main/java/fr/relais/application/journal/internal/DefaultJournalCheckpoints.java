package fr.relais.application.journal.internal;

import fr.relais.application.journal.JournalCheckpoints;
import fr.relais.domain.model.journal.Checkpoint;
import fr.relais.domain.model.journal.CheckpointKeys;
import fr.relais.domain.model.journal.CheckpointLog;
import fr.relais.domain.model.journal.JournalRepository;
import fr.relais.domain.model.journal.JournalSeal;
import fr.relais.domain.model.journal.JournalVerifier;
import fr.relais.domain.model.journal.SealerState;
import fr.relais.domain.model.journal.SignedCheckpoint;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's checkpoints of the chain (S50). The node remembers the last checkpoint it wrote (read
 * back from its own file at start): that is the node's own testimony, not shared state. Before
 * writing a new one it checks that the chain still extends it — the seal at the old checkpoint's
 * position must still carry the old hash. If not, the journal was shortened or rewritten behind the
 * application's back: the alarm is raised and the node writes nothing until the chain extends its
 * last checkpoint again, so that it never signs a rewritten history.
 */
@ApplicationScoped
public class DefaultJournalCheckpoints implements JournalCheckpoints {

  private static final Logger LOG = Logger.getLogger(DefaultJournalCheckpoints.class.getName());

  @Inject JournalRepository repository;
  @Inject CheckpointKeys keys;
  @Inject CheckpointLog log;

  @Inject
  @ConfigProperty(name = "relais.public-url")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "relais.journal.seal.max-delay-seconds", defaultValue = "30")
  long maxDelaySeconds;

  @Inject TimeSource clock;

  private SignedCheckpoint last;
  private boolean lastLoaded;
  private String alarm;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public synchronized Optional<SignedCheckpoint> write() {
    if (!lastLoaded) {
      last = log.latestWritten().orElse(null);
      lastLoaded = true;
    }
    SealerState state = repository.sealerState();
    warnIfStalled(state);
    if (last != null) {
      Checkpoint previous = last.checkpoint();
      Optional<JournalSeal> atPrevious = repository.sealAt(previous.size());
      boolean extends_ =
          state.lastPosition() >= previous.size()
              && (previous.size() == 0
                  || atPrevious.map(s -> s.hash().equals(previous.hash())).orElse(false));
      if (!extends_) {
        if (alarm == null) {
          alarm =
              "the journal no longer extends this node's checkpoint of "
                  + previous.time()
                  + " (position "
                  + previous.size()
                  + "): it was shortened or rewritten; no checkpoint is written until it is"
                  + " restored";
          LOG.severe("JOURNAL ALARM: " + alarm);
        }
        return Optional.empty();
      }
      alarm = null;
      if (state.lastPosition() == previous.size()) {
        return Optional.empty(); // nothing sealed since
      }
    } else if (state.lastPosition() == 0) {
      return Optional.empty(); // an empty chain proves nothing
    }
    SignedCheckpoint signed =
        keys.signatures()
            .sign(
                new Checkpoint(
                    origin(),
                    state.lastPosition(),
                    state.lastHash(),
                    state.lastEntrySeq(),
                    TimeSource.machineTime()));
    log.append(signed);
    last = signed;
    return Optional.of(signed);
  }

  /** Entries waiting longer than allowed mean no sealer runs anywhere: say so on every node. */
  private void warnIfStalled(SealerState state) {
    JournalVerifier.Pending pending = repository.verificationSource().pending(state.lastEntrySeq());
    if (pending.count() > 0
        && pending.oldest() != null
        && pending.oldest().isBefore(clock.now().minusSeconds(maxDelaySeconds))) {
      LOG.severe(
          "JOURNAL ALARM: "
              + pending.count()
              + " journal entries unsealed for more than "
              + maxDelaySeconds
              + " s (oldest recorded at "
              + pending.oldest()
              + "): no sealer is running");
    }
  }

  @Override
  public synchronized Optional<String> alarm() {
    return Optional.ofNullable(alarm);
  }

  private String origin() {
    return publicUrl.replaceFirst("^https?://", "").replaceAll("\\s", "");
  }
}
