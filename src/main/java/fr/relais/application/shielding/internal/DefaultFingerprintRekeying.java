package fr.relais.application.shielding.internal;

import fr.relais.application.shielding.FingerprintRekeying;
import fr.relais.domain.model.shielding.LegacyFingerprintRepository;
import fr.relais.domain.shared.JobLocks;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * The rekeying run: the {@code fingerprints} row of {@code job_lock} held for the run (skip locked:
 * one node works), each page of {@value FingerprintRekeyPages#PAGE} rows in a transaction of its
 * own, so that a large installation commits as it goes.
 */
@ApplicationScoped
public class DefaultFingerprintRekeying implements FingerprintRekeying {

  private static final Logger LOG = Logger.getLogger(DefaultFingerprintRekeying.class.getName());

  static final String JOB = "fingerprints";

  @Inject JobLocks locks;
  @Inject LegacyFingerprintRepository legacy;
  @Inject FingerprintRekeyPages pages;
  @Inject TimeSource clock;

  @Override
  @Transactional
  public Result run() {
    if (!locks.claim(JOB)) {
      return new Result(0, true);
    }
    if (legacy.remaining() == 0) {
      return new Result(0, false);
    }
    int done = 0;
    int page;
    while ((page = pages.contacts()) > 0) {
      done += page;
    }
    while ((page = pages.administrationAccounts()) > 0) {
      done += page;
    }
    while ((page = pages.emailChanges()) > 0) {
      done += page;
    }
    while ((page = pages.approvedClaims()) > 0) {
      done += page;
    }
    locks.ran(JOB, clock.now());
    LOG.info("Identity values hashed again over their canonical forms (S46): " + done + " rows");
    return new Result(done, false);
  }
}
