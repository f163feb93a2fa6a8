package fr.relais.application.internal;

import fr.relais.application.CurrentRequest;
import fr.relais.application.Journal;
import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.journal.JournalKeys;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.journal.JournalRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Appends to and verifies the journal through its repository; no other code touches it. */
@ApplicationScoped
public class DefaultJournal implements Journal {

  private static final int VERIFY_PAGE = 2_000;

  @Inject JournalRepository repository;
  @Inject JournalKeys keys;
  @Inject TimeSource clock;
  @Inject CurrentRequest request;

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

  private JournalEntry append(JournalRecord record) {
    String requestId = null;
    String client = null;
    try {
      requestId = request.requestId();
      client = request.clientAddress();
    } catch (ContextNotActiveException noRequest) {
      // background work: no request to attribute
    }
    return repository.append(keys.chain(), clock.now(), record, requestId, client);
  }

  @Override
  @Transactional(TxType.REQUIRED)
  public ChainVerification verifyChain() {
    JournalRepository.Head head = repository.head();
    return keys.chain().verify(new Paged(), head.lastSeq(), head.lastHash());
  }

  /** Reads the journal in keyset pages so verification never holds it all in memory. */
  private final class Paged implements Iterator<JournalEntry> {
    private List<JournalEntry> page = List.of();
    private int index;
    private long lastSeq;
    private boolean exhausted;

    @Override
    public boolean hasNext() {
      if (index < page.size()) {
        return true;
      }
      if (exhausted) {
        return false;
      }
      page = repository.pageAfter(lastSeq, VERIFY_PAGE);
      index = 0;
      exhausted = page.size() < VERIFY_PAGE;
      return !page.isEmpty();
    }

    @Override
    public JournalEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      JournalEntry e = page.get(index++);
      lastSeq = e.seq();
      return e;
    }
  }
}
