-- Retention (S61): files are closed, and erased with everything in them once closed long enough;
-- the daily job records its runs; the journal is never deleted, its personal references are
-- anonymised in place (docs/architecture.md, "Retention").
alter table person add column closed_at timestamp(6) with time zone;
alter table person add column closed_by uuid references account (id);
alter table person add column closure_reason varchar(40);
create index ix_person_closed on person (closed_at);

-- An anonymised entry keeps its MAC (which its seal covers) and carries a second MAC over what
-- remains: redacted_fields lists what was cleared.
alter table journal_entry add column redacted_fields varchar(200);
alter table journal_entry add column redaction_mac varchar(64);
alter table journal_entry add column redacted_at timestamp(6) with time zone;
create index ix_journal_occurred on journal_entry (occurred_at);

-- One run a day for the whole cluster: the node that locks the job's row works, the day's row
-- records that it was done.
insert into job_lock (name, last_run_at) values ('retention', null);
create table retention_run (
    run_on                     date primary key,
    started_at                 timestamp(6) with time zone not null,
    finished_at                timestamp(6) with time zone,
    files_erased               integer not null,
    sealed_documents_erased    integer not null,
    mail_erased                integer not null,
    journal_entries_anonymised integer not null
);
-- Entries up to this number have had their network address handled.
create table retention_state (
    id                        integer primary key,
    client_address_watermark  bigint not null
);
insert into retention_state (id, client_address_watermark) values (1, 0);
