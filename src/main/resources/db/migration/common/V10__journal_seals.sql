-- The journal leaves its global lock (docs/architecture.md, "One journal API").
-- Writers insert entries numbered by a sequence, each with its own MAC, and lock nothing until
-- commit; one sealer links them into a chain of seals in small batches. The per-row chain and the
-- journal_head row that every writer of the platform locked are gone. Entries written before this
-- migration carry no MAC: the sealer's first runs seal them as they are (up to legacy_until_seq).
create sequence journal_entry_seq;
alter table journal_entry add column mac varchar(64);
alter table journal_entry drop column prev_hash;
alter table journal_entry drop column hash;
drop table journal_head;

-- The chain: entry entry_seq sits at position (1, 2, 3… without gaps). Appended by the sealer only.
create table journal_seal (
    position   bigint primary key,
    entry_seq  bigint not null references journal_entry (seq),
    prev_hash  varchar(64) not null,
    hash       varchar(64) not null,
    sealed_at  timestamp(6) with time zone not null,
    constraint uk_journal_seal_entry unique (entry_seq)
);

-- The end of the chain and the sealer's lease: the sealer locks this row (FOR UPDATE SKIP LOCKED)
-- for the length of one short batch, so that on a cluster one node seals at a time.
create table journal_sealer (
    id                integer primary key,
    last_position     bigint not null,
    last_hash         varchar(64) not null,
    last_entry_seq    bigint not null,
    legacy_until_seq  bigint not null,
    sealed_at         timestamp(6) with time zone
);
insert into journal_sealer (id, last_position, last_hash, last_entry_seq, legacy_until_seq, sealed_at)
select 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0,
       coalesce(max(seq), 0), null
from journal_entry;

-- Sequence numbers the sealer passed over: a transaction still in flight (its entry is sealed when
-- it commits) or rolled back (the number never appears; watched until well past the transaction
-- timeout, then dropped).
create table journal_gap (
    seq         bigint primary key,
    noticed_at  timestamp(6) with time zone not null
);
create index ix_journal_gap_noticed on journal_gap (noticed_at);

-- Test support only (relais.clock.control-enabled): the plain single-row write that the journal
-- benchmark compares a journaled write with. Nothing in Relais reads it.
create table test_support_write (
    id          uuid primary key,
    account_id  uuid not null,
    written_at  timestamp(6) with time zone not null
);
