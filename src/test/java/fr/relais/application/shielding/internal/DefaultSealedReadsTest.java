package fr.relais.application.shielding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.SealedField;
import fr.relais.application.shielding.SealedReads;
import fr.relais.application.shielding.SealedReads.Category;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.journal.JournalRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** F2, F3: a reading for a user is journaled once, by category, never with a value. */
class DefaultSealedReadsTest {

  private final List<JournalRecord> recorded = new ArrayList<>();
  private final DefaultSealedReads reads = new DefaultSealedReads();

  DefaultSealedReadsTest() {
    reads.vault = new ReversingVault();
    reads.journal = new Recorder();
  }

  @Test
  void aReadingIsJournaledOnceWithTheNumberItOpened() {
    SealedReads.Reading reading = reads.reading(about(), Category.NOTES);
    UUID note = UUID.randomUUID();
    assertEquals("cba", reading.openText(SealedField.NOTE_TEXT.of(note), "abc".getBytes()));
    reading.openText(SealedField.NOTE_TEXT.of(note), "de".getBytes());
    assertTrue(recorded.isEmpty(), "nothing before it is done");
    reading.done();
    reading.done();
    assertEquals(1, recorded.size());
    assertEquals("sealed.open", recorded.get(0).action());
    assertEquals("notes (2)", recorded.get(0).detail());
    assertThrows(
        IllegalStateException.class,
        () -> reading.open(SealedField.NOTE_TEXT.of(note), new byte[] {1}));
  }

  @Test
  void aReadingThatOpenedNothingIsNotJournaled() {
    reads.reading(about(), Category.CONTACT).done();
    assertTrue(recorded.isEmpty());
    SealedReads.Reading inClear = reads.reading(about(), Category.CONTACT);
    inClear.readInClear();
    inClear.done();
    assertEquals("contact", recorded.get(0).detail());
  }

  @ParameterizedTest
  @CsvSource({
    "CONTACT, 1, contact",
    "CONTACT_CHANGE, 1, contact (change)",
    "CONTACT_EXPORT, 1, contact (export)",
    "CONTACT_FLAG, 1, contact (flag)",
    "CONTACT_LIFTING, 1, contact (lifting)",
    "ADMINISTRATION_ACCOUNTS, 4, administration accounts",
    "MAIL_ATTACHMENT, 2, mail-attachment",
    "DOCUMENT, 1, document",
    "DOCUMENT_TITLE, 1, document title",
    "TAKEOVER_ATTACHMENT, 1, takeover attachment",
    "DOCUMENT_TITLES, 3, document titles (3)",
    "DOCUMENT_TITLES_EXPORT, 1, 'document titles (1, export)'",
    "DOCUMENTS, 2, documents (2)",
    "NOTES, 5, notes (5)",
    "NOTES_EXPORT, 1, 'notes (1, export)'"
  })
  void eachCategoryKeepsItsDetail(Category category, int opened, String detail) {
    assertEquals(detail, category.detail(opened));
  }

  private static JournalRecord.Builder about() {
    return JournalRecord.by(JournalActor.ANONYMOUS).about("person", UUID.randomUUID());
  }

  private final class Recorder implements Journal {
    @Override
    public JournalEntry record(JournalRecord record) {
      recorded.add(record);
      return null;
    }

    @Override
    public JournalEntry recordSeparately(JournalRecord record) {
      throw new AssertionError("a reading is journaled in the caller's transaction");
    }

    @Override
    public ChainVerification verifyChain() {
      throw new UnsupportedOperationException();
    }
  }

  /** A stand-in whose "decryption" reverses the bytes. */
  private static final class ReversingVault implements Vault {
    @Override
    public byte[] seal(Binding binding, byte[] plaintext) {
      throw new UnsupportedOperationException();
    }

    @Override
    public byte[] open(Binding binding, byte[] ciphertext) {
      byte[] out = new byte[ciphertext.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = ciphertext[ciphertext.length - 1 - i];
      }
      return out;
    }

    @Override
    public int rewrapBatch(int limit) {
      return 0;
    }

    @Override
    public Status status() {
      return null;
    }

    @Override
    public List<String> selfCheck() {
      return List.of();
    }
  }
}
