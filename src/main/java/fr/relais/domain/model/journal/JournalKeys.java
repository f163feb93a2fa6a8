package fr.relais.domain.model.journal;

/** Where the journal's chain key comes from: held outside the database (S50). */
public interface JournalKeys {
  /** The chain, keyed with the installation's journal key. */
  JournalChain chain();
}
