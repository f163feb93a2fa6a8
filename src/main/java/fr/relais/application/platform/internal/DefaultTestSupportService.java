package fr.relais.application.platform.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.FeatureDisabledException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.journal.JournalCheckpoints;
import fr.relais.application.journal.JournalSealer;
import fr.relais.application.platform.ClockControl;
import fr.relais.application.platform.TestSupportService;
import fr.relais.application.platform.TestSupportWrites;
import fr.relais.domain.model.journal.SignedCheckpoint;
import fr.relais.domain.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Test support for the journal; see {@link TestSupportService}. */
@ApplicationScoped
public class DefaultTestSupportService implements TestSupportService {

  @Inject ClockControl control;
  @Inject AccessPolicy policy;
  @Inject Journal journal;
  @Inject JournalSealer sealer;
  @Inject JournalCheckpoints checkpoints;
  @Inject TimeSource clock;
  @Inject PlainWrites plainWrites;
  @Inject fr.relais.application.shielding.FingerprintRekeying rekeying;

  @Resource UserTransaction transaction;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  @Override
  public String plainWrite() {
    requireEnabled();
    AuthenticatedUser user = policy.requireAuthenticated();
    return plainWrites.insert(user);
  }

  @Override
  public String journaledWrite() {
    requireEnabled();
    AuthenticatedUser user = policy.requireAuthenticated();
    return plainWrites.insertJournaled(user);
  }

  @Override
  public long rolledBackWrite() {
    requireEnabled();
    AuthenticatedUser user = policy.platform().requireControlClock();
    try {
      transaction.begin();
      try {
        return journal
            .record(user.journal().about("test-support", null).success("test.rolled-back"))
            .seq();
      } finally {
        transaction.rollback();
      }
    } catch (Exception e) {
      throw new IllegalStateException("test transaction failed", e);
    }
  }

  @Override
  public List<JournalSealer.Run> sealConcurrently(int parallel) {
    requireEnabled();
    policy.platform().requireControlClock();
    if (parallel < 1 || parallel > 16) {
      throw new InvalidInputException("parallel", "between 1 and 16");
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<JournalSealer.Run>> runs = new ArrayList<>();
    for (int i = 0; i < parallel; i++) {
      runs.add(
          executor.submit(
              () -> {
                start.await();
                return sealer.sealOnce();
              }));
    }
    start.countDown();
    List<JournalSealer.Run> out = new ArrayList<>();
    for (Future<JournalSealer.Run> f : runs) {
      try {
        out.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a sealer failed", e.getCause());
      }
    }
    return out;
  }

  @Override
  public String checkpointNow() {
    requireEnabled();
    policy.platform().requireControlClock();
    for (int tries = 0; tries < 200; tries++) {
      JournalSealer.Run run = sealer.sealOnce();
      if (run.claimed() && !run.more()) {
        break;
      }
      if (!run.claimed()) {
        try {
          Thread.sleep(10); // another sealer holds the lease: let it finish its batch
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return checkpoints.write().map(SignedCheckpoint::toLine).orElse(null);
  }

  @Override
  public int rekeyFingerprints() {
    requireEnabled();
    policy.platform().requireControlClock();
    return rekeying.run().rekeyed();
  }

  private void requireEnabled() {
    if (!control.isControlEnabled()) {
      throw new FeatureDisabledException("test support");
    }
  }

  /** The benchmark's writes, each in a transaction of its own. */
  @ApplicationScoped
  public static class PlainWrites {
    @Inject TestSupportWrites rows;
    @Inject TimeSource clock;
    @Inject Journal journal;

    @Transactional
    public String insert(AuthenticatedUser user) {
      return write(user);
    }

    @Transactional
    public String insertJournaled(AuthenticatedUser user) {
      String id = write(user);
      journal.record(
          user.journal()
              .in(user.structure().map(s -> s.value()).orElse(null))
              .about("test-support-write", id)
              .success("test.write"));
      return id;
    }

    private String write(AuthenticatedUser user) {
      return rows.insert(user.accountId(), clock.now()).toString();
    }
  }
}
