package fr.relais.application.shielding.internal;

import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.SealedReads;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.journal.JournalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;

/** Readings through the vault, each journaled once by category when done (F2, F3, S50). */
@ApplicationScoped
public class DefaultSealedReads implements SealedReads {

  @Inject Vault vault;
  @Inject Journal journal;

  @Override
  public Reading reading(JournalRecord.Builder about, Category category) {
    return new JournaledReading(
        vault, journal, Objects.requireNonNull(about), Objects.requireNonNull(category));
  }

  private static final class JournaledReading implements Reading {
    private final Vault vault;
    private final Journal journal;
    private final JournalRecord.Builder about;
    private final Category category;
    private int opened;
    private boolean inClear;
    private boolean done;

    JournaledReading(Vault vault, Journal journal, JournalRecord.Builder about, Category category) {
      this.vault = vault;
      this.journal = journal;
      this.about = about;
      this.category = category;
    }

    @Override
    public byte[] open(Vault.Binding binding, byte[] ciphertext) {
      if (done) {
        throw new IllegalStateException("this reading is journaled already");
      }
      byte[] plain = vault.open(binding, ciphertext);
      opened++;
      return plain;
    }

    @Override
    public void readInClear() {
      inClear = true;
    }

    @Override
    public void done() {
      if (done) {
        return;
      }
      done = true;
      if (opened > 0 || inClear) {
        journal.record(about.success("sealed.open", category.detail(opened)));
      }
    }
  }
}
