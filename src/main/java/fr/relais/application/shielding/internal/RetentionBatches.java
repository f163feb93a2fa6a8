package fr.relais.application.shielding.internal;

import fr.relais.application.journal.Journal;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalChain;
import fr.relais.domain.model.journal.JournalChain.Redactable;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.journal.JournalKeys;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.journal.JournalRepository;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.shielding.ErasedFile;
import fr.relais.domain.model.shielding.RetentionPolicy;
import fr.relais.domain.model.shielding.RetentionRepository;
import fr.relais.domain.model.shielding.RetentionRun;
import fr.relais.domain.shared.JobLocks;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * One batch of the day's retention run, in a transaction of its own that starts by claiming the
 * {@code retention} job ({@link JobLocks}): on a cluster, one node works at a time, and what a
 * batch erases and the anonymisation of the journal's references to it commit together. The classes
 * are taken in order — sealed documents, files, unfiled mail, network addresses — and the run is
 * finished when a batch finds nothing left.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RetentionBatches {

  private static final Logger LOG = Logger.getLogger(RetentionBatches.class.getName());

  static final JournalActor RETENTION = JournalActor.system("retention");

  /** The target types whose identifiers an erased file's items may be journaled under. */
  private static final List<String> FILE_TARGETS =
      List.of("person", "mandate", "message", "person_access_link", "invitation", "quarantine");

  private static final int DOCUMENTS_PER_BATCH = 200;
  private static final int FILES_PER_BATCH = 10;
  private static final int MESSAGES_PER_BATCH = 200;
  private static final int ENTRIES_PER_PAGE = 500;
  private static final int IDS_PER_QUERY = 500;

  /** What a batch found. */
  public enum Step {
    /** Another node holds the job. */
    BUSY,
    /** Work was done; there may be more. */
    MORE,
    /** Nothing left: the day's run is finished. */
    DONE
  }

  /** The job's row in {@code job_lock}. */
  static final String JOB = "retention";

  @Inject JobLocks locks;
  @Inject RetentionRepository retention;
  @Inject JournalRepository entries;
  @Inject JournalKeys keys;
  @Inject Journal journal;
  @Inject TimeSource clock;

  public Step next(LocalDate today, RetentionPolicy policy) {
    if (!locks.claim(JOB)) {
      return Step.BUSY;
    }
    var run = retention.run(today);
    if (run.isPresent() && run.get().finishedAt() != null) {
      return Step.DONE;
    }
    Instant now = clock.now();
    if (run.isEmpty()) {
      retention.startRun(today, now);
    }

    List<UUID> versions =
        retention.sealedDocumentVersionsOfFilesClosedBefore(
            policy.sealedDocumentCutoff(today), DOCUMENTS_PER_BATCH);
    if (!versions.isEmpty()) {
      Set<String> refs = retention.eraseDocumentVersions(versions);
      int anonymised = anonymiseAbout(refs, EnumSet.of(Redactable.TARGET, Redactable.DETAIL), now);
      retention.count(today, 0, versions.size(), 0, anonymised);
      journal.record(
          JournalRecord.by(RETENTION)
              .about("retention", today)
              .success("retention.sealed-documents.erase", versions.size() + " version(s)"));
      return Step.MORE;
    }

    List<PersonId> files =
        retention.filesClosedBefore(policy.closedFileCutoff(today), FILES_PER_BATCH);
    if (!files.isEmpty()) {
      int anonymised = 0;
      for (PersonId file : files) {
        ErasedFile erased = retention.eraseFile(file);
        anonymised +=
            anonymiseAbout(
                erased.references(), EnumSet.of(Redactable.TARGET, Redactable.DETAIL), now);
        for (ErasedFile.Login login : erased.logins()) {
          anonymised += anonymiseActor(login, now);
        }
      }
      retention.count(today, files.size(), 0, 0, anonymised);
      // The erasure is journaled without naming whose file it was: that would be a new reference.
      journal.record(
          JournalRecord.by(RETENTION)
              .about("retention", today)
              .success("retention.files.erase", files.size() + " file(s)"));
      return Step.MORE;
    }

    List<UUID> mail =
        retention.unfiledMailBefore(policy.unfiledMailCutoff(now), MESSAGES_PER_BATCH);
    if (!mail.isEmpty()) {
      retention.eraseMessages(mail);
      int anonymised =
          anonymiseAbout(
              mail.stream().map(UUID::toString).toList(),
              EnumSet.of(Redactable.TARGET, Redactable.DETAIL),
              now);
      retention.count(today, 0, 0, mail.size(), anonymised);
      journal.record(
          JournalRecord.by(RETENTION)
              .about("retention", today)
              .success("retention.mail.erase", mail.size() + " message(s)"));
      return Step.MORE;
    }

    long watermark = retention.clientAddressWatermark();
    List<JournalEntry> old =
        entries.withClientAddressBefore(
            policy.clientAddressCutoff(now), watermark, ENTRIES_PER_PAGE);
    if (!old.isEmpty()) {
      int anonymised =
          redact(
              old.stream().filter(e -> e.clientAddress() != null).toList(),
              EnumSet.of(Redactable.CLIENT_ADDRESS),
              now);
      retention.saveClientAddressWatermark(old.get(old.size() - 1).seq());
      retention.count(today, 0, 0, 0, anonymised);
      return Step.MORE;
    }

    retention.finishRun(today, now);
    locks.ran(JOB, now);
    RetentionRun done = retention.run(today).orElseThrow();
    journal.record(
        JournalRecord.by(RETENTION)
            .about("retention", today)
            .success(
                "retention.run",
                done.filesErased()
                    + " file(s), "
                    + done.sealedDocumentsErased()
                    + " sealed document version(s), "
                    + done.mailErased()
                    + " message(s), "
                    + done.journalEntriesAnonymised()
                    + " journal entrie(s) anonymised"));
    return Step.DONE;
  }

  public RetentionRun run(LocalDate day) {
    return retention.run(day).orElse(null);
  }

  /** Clears the target, and a detail that may name it, of every entry about these identifiers. */
  private int anonymiseAbout(Collection<String> references, Set<Redactable> fields, Instant at) {
    int count = 0;
    List<String> ids = new ArrayList<>(references);
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
      long after = 0;
      while (true) {
        List<JournalEntry> page = entries.aboutAny(FILE_TARGETS, chunk, after, ENTRIES_PER_PAGE);
        count += redact(page, fields, at);
        if (!page.isEmpty()) {
          after = page.get(page.size() - 1).seq();
        }
        if (page.size() < ENTRIES_PER_PAGE) {
          break;
        }
      }
    }
    return count;
  }

  /** Clears who she was in every entry of what she did herself, and from where. */
  private int anonymiseActor(ErasedFile.Login login, Instant at) {
    int count = 0;
    long after = 0;
    while (true) {
      List<JournalEntry> page =
          entries.byActor(login.issuer(), login.subject(), after, ENTRIES_PER_PAGE);
      count +=
          redact(
              page,
              EnumSet.of(
                  Redactable.ACTOR,
                  Redactable.TARGET,
                  Redactable.DETAIL,
                  Redactable.CLIENT_ADDRESS),
              at);
      if (!page.isEmpty()) {
        after = page.get(page.size() - 1).seq();
      }
      if (page.size() < ENTRIES_PER_PAGE) {
        return count;
      }
    }
  }

  /** Anonymises the authentic entries of a page in one batch; returns how many. */
  private int redact(List<JournalEntry> page, Set<Redactable> fields, Instant at) {
    if (page.isEmpty()) {
      return 0;
    }
    JournalChain chain = keys.chain();
    long legacyUntil = entries.sealerState().legacyUntilSeq();
    List<JournalChain.Redaction> out = new ArrayList<>(page.size());
    for (JournalEntry e : page) {
      var redaction = chain.redact(e, fields, at, legacyUntil);
      if (redaction.isEmpty()) {
        // Never launder a tampered entry: it stays as found, and verification names it.
        LOG.severe("journal entry " + e.seq() + " does not match its MAC; left as it is");
      } else {
        out.add(redaction.get());
      }
    }
    entries.redact(out);
    return out.size();
  }
}
