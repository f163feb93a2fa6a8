package fr.relais.domain.model.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verification algorithm on an in-memory journal: each kind of tampering, and checkpoints. */
class JournalVerifierTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private final JournalChain chain = new JournalChain(new byte[32]);
  private final KeyPair pair = CheckpointSignatures.generate();
  private final CheckpointSignatures keys =
      new CheckpointSignatures(pair.getPrivate(), pair.getPublic(), List.of());
  private Memory journal;

  /** Entries by sequence, seals by position, the sealer's row and gaps: a journal in memory. */
  private final class Memory implements JournalVerifier.Source {
    final TreeMap<Long, JournalEntry> entries = new TreeMap<>();
    final TreeMap<Long, JournalSeal> seals = new TreeMap<>();
    final java.util.Set<Long> gaps = new java.util.TreeSet<>();
    SealerState state = new SealerState(0, JournalChain.GENESIS, 0, 0, null);
    long nextSeq = 1;

    JournalEntry write(String action) {
      JournalRecord r = JournalRecord.by(new JournalActor("iss", "sub", "Nom")).success(action);
      JournalEntry e = chain.entry(nextSeq++, T0.plusSeconds(nextSeq), r, "req", "127.0.0.1");
      entries.put(e.seq(), e);
      return e;
    }

    void sealAll() {
      long pos = state.lastPosition();
      String hash = state.lastHash();
      long last = state.lastEntrySeq();
      for (JournalEntry e : entries.tailMap(state.lastEntrySeq(), false).values()) {
        if (chain.authentic(e, state.legacyUntilSeq())) {
          JournalSeal s = chain.seal(hash, ++pos, e, T0);
          seals.put(pos, s);
          hash = s.hash();
        }
        last = e.seq();
      }
      state = new SealerState(pos, hash, last, state.legacyUntilSeq(), T0);
    }

    /** What the next reads of the sealer's row see, when a batch commits during the walk. */
    java.util.Deque<SealerState> laterStates = new java.util.ArrayDeque<>();

    @Override
    public SealerState state() {
      return laterStates.isEmpty() ? state : laterStates.poll();
    }

    @Override
    public List<JournalVerifier.SealedEntry> sealedAfter(long afterPosition, int limit) {
      List<JournalVerifier.SealedEntry> out = new ArrayList<>();
      for (JournalSeal s : seals.tailMap(afterPosition, false).values()) {
        if (out.size() == limit) {
          break;
        }
        out.add(new JournalVerifier.SealedEntry(s, entries.get(s.entrySeq())));
      }
      return out;
    }

    @Override
    public List<Long> neverSealed(long upToSeq, int limit) {
      java.util.Set<Long> sealed = new java.util.HashSet<>();
      seals.values().forEach(s -> sealed.add(s.entrySeq()));
      return entries.headMap(upToSeq, true).keySet().stream()
          .filter(seq -> !sealed.contains(seq) && !gaps.contains(seq))
          .limit(limit)
          .toList();
    }

    @Override
    public JournalVerifier.Pending pending(long afterSeq) {
      List<JournalEntry> waiting = new ArrayList<>(entries.tailMap(afterSeq, false).values());
      return new JournalVerifier.Pending(
          waiting.size(),
          waiting.stream().map(JournalEntry::occurredAt).min(Instant::compareTo).orElse(null));
    }
  }

  @BeforeEach
  void tenSealedEntries() {
    journal = new Memory();
    for (int i = 0; i < 10; i++) {
      journal.write("action." + i);
    }
    journal.sealAll();
  }

  private ChainVerification verify(List<CheckpointLog.Line> checkpoints) {
    return new JournalVerifier(chain, keys, Duration.ofSeconds(30))
        .verify(journal, checkpoints, T0.plusSeconds(60));
  }

  private CheckpointLog.Line checkpoint() {
    SealerState s = journal.state();
    return new CheckpointLog.Line(
        "file:1",
        keys.sign(
            new Checkpoint("relais.test", s.lastPosition(), s.lastHash(), s.lastEntrySeq(), T0)),
        null);
  }

  @Test
  void aBatchSealedWhileTheChainIsWalkedIsNoAlarm() {
    // The verifier reads the sealer's row (10), then the sealer commits entry 11, then the
    // verifier walks the seals (11) and reads the row again (11).
    SealerState before = journal.state();
    journal.write("action.late");
    journal.sealAll();
    journal.laterStates.add(before);
    ChainVerification r = verify(List.of());
    assertTrue(r.intact(), String.valueOf(r));
    assertEquals(11, r.entriesChecked());
  }

  @Test
  void sealsBeyondWhatTheSealerRecordedBreakTheChain() {
    // A seal appended to the table that the sealer's row never recorded.
    SealerState recorded = journal.state();
    journal.write("action.extra");
    journal.sealAll();
    SealerState extended = journal.state();
    journal.state = recorded;
    ChainVerification r = verify(List.of());
    assertFalse(r.intact(), String.valueOf(r));
    assertTrue(
        r.problems().get(0).contains("the chain ends at position 11 but the sealer records 10"),
        String.valueOf(r));
    journal.state = extended;
    assertTrue(verify(List.of()).intact());
  }

  @Test
  void anUntouchedJournalIsIntactAndMatchesItsCheckpoint() {
    ChainVerification r = verify(List.of(checkpoint()));
    assertTrue(r.intact(), String.valueOf(r));
    assertEquals(10, r.entriesChecked());
    assertEquals(1, r.checkpointsVerified());
    assertEquals(10, r.latestCheckpoint().size());
  }

  @Test
  void aTailShortenedAfterACheckpointIsNamedAsAMissingRange() {
    CheckpointLog.Line anchored = checkpoint();
    for (long p = 6; p <= 10; p++) {
      journal.entries.remove(journal.seals.remove(p).entrySeq());
    }
    JournalSeal sixth = journal.seals.get(5L);
    journal.state = new SealerState(5, sixth.hash(), sixth.entrySeq(), 0, T0);

    assertTrue(verify(List.of()).intact(), "without a checkpoint the chain alone cannot tell");
    ChainVerification r = verify(List.of(anchored));
    assertFalse(r.intact());
    assertEquals(new ChainVerification.MissingRange(6, 10, 5, 10, T0), r.missing());
    assertEquals(6L, r.firstBrokenPosition());
    assertTrue(r.reason().contains("positions 6–10 are missing"), r.reason());
  }

  @Test
  void aRewrittenTailDivergesFromTheCheckpoint() {
    CheckpointLog.Line anchored = checkpoint();
    for (long p = 8; p <= 10; p++) {
      journal.entries.remove(journal.seals.remove(p).entrySeq());
    }
    JournalSeal seventh = journal.seals.get(7L);
    journal.state = new SealerState(7, seventh.hash(), seventh.entrySeq(), 0, T0);
    for (int i = 0; i < 4; i++) {
      journal.write("rewritten");
    }
    journal.sealAll(); // a fork: positions 8..11 now hold other entries
    ChainVerification r = verify(List.of(anchored));
    assertFalse(r.intact());
    assertEquals(10L, r.firstBrokenPosition());
    assertTrue(r.reason().contains("diverges from the checkpoint"), r.reason());
  }

  @Test
  void forgedAndMalformedCheckpointsAreRejected() {
    KeyPair other = CheckpointSignatures.generate();
    SignedCheckpoint forged =
        new CheckpointSignatures(other.getPrivate(), other.getPublic(), List.of())
            .sign(new Checkpoint("relais.test", 50, "b".repeat(64), 50, T0));
    SignedCheckpoint genuine = checkpoint().checkpoint();
    SignedCheckpoint edited =
        new SignedCheckpoint(
            new Checkpoint("relais.test", 60, genuine.checkpoint().hash(), 60, T0),
            genuine.keyId(),
            genuine.signature());
    ChainVerification r =
        verify(
            List.of(
                new CheckpointLog.Line("f:1", forged, null),
                new CheckpointLog.Line("f:2", edited, null),
                new CheckpointLog.Line("f:3", null, "checkpoint without size")));
    assertEquals(3, r.checkpointsRejected());
    assertEquals(0, r.checkpointsVerified());
    assertNull(r.missing(), "a rejected checkpoint proves nothing");
    assertFalse(r.intact(), "but its presence is reported");
    assertEquals(3, r.problems().size(), String.valueOf(r.problems()));
  }

  @Test
  void editedDeletedAndReorderedEntriesBreakTheChainWhereTheyAre() {
    JournalEntry fourth = journal.entries.get(4L);
    journal.entries.put(
        4L,
        JournalEntry.restore(
            4,
            fourth.occurredAt(),
            JournalRecord.by(fourth.actor()).success("edited"),
            fourth.requestId(),
            fourth.clientAddress(),
            fourth.mac()));
    ChainVerification edited = verify(List.of());
    assertEquals(4L, edited.firstBrokenSeq());
    assertTrue(edited.reason().contains("content modified"), edited.reason());
    journal.entries.put(4L, fourth);

    JournalSeal third = journal.seals.remove(3L);
    ChainVerification deleted = verify(List.of());
    assertEquals(3L, deleted.firstBrokenPosition());
    assertTrue(deleted.reason().contains("positions 3 missing"), deleted.reason());
    journal.seals.put(3L, third);

    JournalEntry e5 = journal.entries.get(5L);
    JournalEntry e6 = journal.entries.get(6L);
    journal.entries.put(5L, copy(5, e6));
    journal.entries.put(6L, copy(6, e5));
    assertEquals(5L, verify(List.of()).firstBrokenSeq());
  }

  /** The entry as the anonymisation leaves it in the database. */
  private static JournalEntry applied(JournalEntry e, JournalChain.Redaction r) {
    return JournalEntry.restore(
        e.seq(),
        e.occurredAt(),
        new JournalRecord(
            r.actor(),
            e.structureId(),
            e.action(),
            e.targetType(),
            r.targetId(),
            e.mandateId(),
            e.outcome(),
            r.detail()),
        e.requestId(),
        r.clientAddress(),
        r.mac(),
        r.redactedFields(),
        r.redactionMac(),
        r.redactedAt());
  }

  @Test
  void anAnonymisedEntryKeepsTheChainAndEveryCheckpointVerifiable() {
    CheckpointLog.Line before = checkpoint();
    JournalEntry e4 = journal.entries.get(4L);
    var redaction =
        chain
            .redact(
                e4,
                java.util.EnumSet.of(
                    JournalChain.Redactable.ACTOR, JournalChain.Redactable.CLIENT_ADDRESS),
                T0.plusSeconds(30),
                0)
            .orElseThrow();
    JournalEntry anonymised = applied(e4, redaction);
    assertNull(anonymised.actor().subject());
    assertNull(anonymised.actor().displayName());
    assertNull(anonymised.clientAddress());
    assertEquals(e4.mac(), anonymised.mac(), "the MAC its seal covers is kept");
    journal.entries.put(4L, anonymised);
    ChainVerification r = verify(List.of(before));
    assertTrue(r.intact(), String.valueOf(r));

    // A second anonymisation adds to the first.
    var more =
        chain
            .redact(
                anonymised,
                java.util.EnumSet.of(JournalChain.Redactable.DETAIL),
                T0.plusSeconds(40),
                0)
            .orElseThrow();
    assertEquals("ACTOR,DETAIL,CLIENT_ADDRESS", more.redactedFields());
    journal.entries.put(4L, applied(anonymised, more));
    assertTrue(verify(List.of(before)).intact());
  }

  @Test
  void anAnonymisationCannotBeForgedNorUsedToAlterWhatRemains() {
    JournalEntry e4 = journal.entries.get(4L);
    var redaction =
        chain
            .redact(e4, java.util.EnumSet.of(JournalChain.Redactable.TARGET), T0.plusSeconds(30), 0)
            .orElseThrow();
    JournalEntry anonymised = applied(e4, redaction);

    // Someone who can write to the database clears a field without the key.
    JournalEntry forged =
        JournalEntry.restore(
            4,
            e4.occurredAt(),
            new JournalRecord(
                JournalActor.ANONYMOUS,
                e4.structureId(),
                e4.action(),
                e4.targetType(),
                e4.targetId(),
                e4.mandateId(),
                e4.outcome(),
                e4.detail()),
            e4.requestId(),
            e4.clientAddress(),
            e4.mac(),
            "ACTOR",
            "0".repeat(64),
            T0);
    journal.entries.put(4L, forged);
    assertEquals(4L, verify(List.of()).firstBrokenSeq(), "a forged anonymisation is found");

    // ... or changes what an anonymisation left.
    JournalEntry altered =
        JournalEntry.restore(
            4,
            anonymised.occurredAt(),
            new JournalRecord(
                anonymised.actor(),
                anonymised.structureId(),
                "person.delete",
                anonymised.targetType(),
                null,
                anonymised.mandateId(),
                anonymised.outcome(),
                anonymised.detail()),
            anonymised.requestId(),
            anonymised.clientAddress(),
            anonymised.mac(),
            anonymised.redactedFields(),
            anonymised.redactionMac(),
            anonymised.redactedAt());
    journal.entries.put(4L, altered);
    assertEquals(4L, verify(List.of()).firstBrokenSeq(), "what remains is authenticated");

    // A tampered entry is never laundered into a valid anonymised one.
    JournalEntry tampered = copy(5, journal.entries.get(6L));
    assertTrue(
        chain
            .redact(tampered, java.util.EnumSet.of(JournalChain.Redactable.ACTOR), T0, 0)
            .isEmpty());
  }

  private static JournalEntry copy(long seq, JournalEntry from) {
    return JournalEntry.restore(
        seq,
        from.occurredAt(),
        JournalRecord.by(from.actor()).success(from.action()),
        from.requestId(),
        from.clientAddress(),
        from.mac());
  }

  @Test
  void anEntryTheSealerRefusedOrNeverSawIsReported() {
    JournalEntry forged =
        JournalEntry.restore(
            11,
            T0,
            JournalRecord.by(JournalActor.ANONYMOUS).success("mandate.create"),
            null,
            null,
            "f".repeat(64));
    journal.entries.put(11L, forged);
    journal.nextSeq = 12;
    journal.sealAll();
    assertEquals(10, journal.state().lastPosition(), "the sealer left it out");
    ChainVerification r = verify(List.of());
    assertFalse(r.intact());
    assertEquals(11L, r.firstBrokenSeq());
    assertTrue(r.reason().contains("never sealed"), r.reason());
  }

  @Test
  void entriesWaitingLongerThanAllowedAreAnAlarm() {
    journal.write("waiting");
    ChainVerification soon =
        new JournalVerifier(chain, keys, Duration.ofSeconds(30))
            .verify(journal, List.of(), T0.plusSeconds(20));
    assertTrue(soon.intact(), "a recent entry may wait");
    assertEquals(1, soon.pendingEntries());
    ChainVerification late =
        new JournalVerifier(chain, keys, Duration.ofSeconds(30))
            .verify(journal, List.of(), T0.plusSeconds(300));
    assertFalse(late.intact());
    assertTrue(late.reason().contains("unsealed for more than 30 s"), late.reason());
  }

  @Test
  void entriesOlderThanSealsAreSealedWithoutAMacButNewOnesNeedOne() {
    Memory legacy = new Memory();
    JournalRecord r = JournalRecord.by(JournalActor.ANONYMOUS).success("auth.login");
    legacy.entries.put(1L, JournalEntry.restore(1, T0, r, null, null, null));
    legacy.entries.put(2L, JournalEntry.restore(2, T0, r, null, null, null));
    legacy.state = new SealerState(0, JournalChain.GENESIS, 0, 1, null);
    legacy.sealAll();
    journal = legacy;
    assertEquals(1, legacy.state().lastPosition(), "entry 2 is not legacy: refused");
    ChainVerification v = verify(List.of());
    assertEquals(2L, v.firstBrokenSeq(), String.valueOf(v));
  }

  @Test
  void aCheckpointLineIsFoundInAnyLineAndReadBackExactly() {
    SignedCheckpoint c = checkpoint().checkpoint();
    String syslog = "Dec  1 10:00:00 host relais[42]: INFO " + c.toLine();
    assertEquals(c, SignedCheckpoint.find(syslog).orElseThrow());
    assertTrue(keys.verify(SignedCheckpoint.find(syslog).orElseThrow()));
    assertTrue(SignedCheckpoint.find("no marker here").isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () -> SignedCheckpoint.find("relais-checkpoint v1 origin=x size=1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Checkpoint("with space", 1, JournalChain.GENESIS, 1, T0));
  }

  @Test
  void aSigningKeyMustMatchItsPublicKey() {
    KeyPair other = CheckpointSignatures.generate();
    assertThrows(
        IllegalArgumentException.class,
        () -> new CheckpointSignatures(pair.getPrivate(), other.getPublic(), List.of()));
    CheckpointSignatures rotated =
        new CheckpointSignatures(other.getPrivate(), other.getPublic(), List.of(pair.getPublic()));
    assertTrue(rotated.verify(checkpoint().checkpoint()), "a former key stays trusted");
    assertNotNull(rotated.signingKeyId());
  }
}
