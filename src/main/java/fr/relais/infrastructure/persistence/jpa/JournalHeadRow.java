package fr.relais.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that records the end of the journal chain. Appenders lock it ({@code SELECT ...
 * FOR UPDATE}), so appends from every thread and every cluster node form one linear chain.
 */
@Entity
@Table(name = "journal_head")
public class JournalHeadRow {
  static final int ID = 1;

  @Id private int id;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected JournalHeadRow() {}

  long lastSeq() {
    return lastSeq;
  }

  String lastHash() {
    return lastHash;
  }

  void advance(long seq, String hash) {
    if (seq != lastSeq + 1) {
      throw new IllegalStateException("journal head can only advance by one");
    }
    this.lastSeq = seq;
    this.lastHash = hash;
  }
}
