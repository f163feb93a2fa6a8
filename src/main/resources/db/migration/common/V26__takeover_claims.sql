-- Recovery of a usurped administration account (E3, S33): the structure's claim, decided by a
-- prefecture agent of the department (never the filer's structure), escalated to the
-- department's agents after a working day. The intruder's addresses are sealed (V26_1).
create table takeover_claim (
    id                    uuid primary key,
    person_id             uuid not null references person (id),
    structure_id          uuid not null references structure (id),
    account_id            uuid not null references administration_account (id),
    description           varchar(2000) not null,
    intruder_count        integer not null,
    own_access_held       boolean not null,
    held_since            date,
    filed_by              uuid not null references account (id),
    filed_at              timestamp(6) with time zone not null,
    escalate_at           timestamp(6) with time zone not null,
    escalated_at          timestamp(6) with time zone,
    status                varchar(20) not null,
    decided_by            uuid references account (id),
    decided_at            timestamp(6) with time zone,
    decision_reason       varchar(500),
    version               integer not null,
    constraint ck_takeover_status check (status in ('PENDING', 'APPROVED', 'REJECTED'))
);
create index ix_takeover_claim_person on takeover_claim (person_id, filed_at);
create index ix_takeover_claim_pending on takeover_claim (status, escalate_at);

alter table administration_account add column reclaimed_at timestamp(6) with time zone;
