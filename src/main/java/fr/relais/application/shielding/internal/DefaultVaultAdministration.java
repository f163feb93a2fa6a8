package fr.relais.application.shielding.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.Vault;
import fr.relais.application.shielding.VaultAdministration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The vault's administration. The re-wrapping runs outside any transaction of its own: each batch
 * is one ({@link Vault#rewrapBatch}), so that a long rotation holds no lock for long and a crash
 * loses at most one batch's work, which the next run takes up.
 */
@ApplicationScoped
public class DefaultVaultAdministration implements VaultAdministration {

  static final int BATCH = 500;

  @Inject AccessPolicy policy;
  @Inject Vault vault;
  @Inject Journal journal;

  @Override
  @Transactional
  public Status status() {
    policy.platform().requireAdministerVault("vault.status");
    return status(vault.status());
  }

  @Override
  @Transactional(TxType.NEVER)
  public Rewrapped rewrap() {
    AuthenticatedUser user = policy.platform().requireAdministerVault("vault.rewrap");
    int total = 0;
    int n;
    do {
      n = vault.rewrapBatch(BATCH);
      total += n;
    } while (n > 0);
    Vault.Status after = vault.status();
    journal.recordSeparately(
        user.journal()
            .about("vault", after.currentMasterKey())
            .success("vault.rewrap", total + " data key(s) now under " + after.currentMasterKey()));
    return new Rewrapped(total, status(after));
  }

  private static Status status(Vault.Status s) {
    return new Status(s.currentMasterKey(), s.dataKeysByMasterKey());
  }
}
