-- Procedures done on a person's behalf (C1-C4): any number at once, each of a catalogue type,
-- with its channel, the administration's reference, the administration account it was filed
-- from and the member responsible; its status with the date it was reached. Nothing is
-- overwritten: every action is a new row of procedure_event.
create table person_procedure (
    id                         uuid primary key,
    person_id                  uuid not null references person (id),
    structure_id               uuid not null references structure (id),
    type_code                  varchar(60) not null references procedure_type (code),
    legal_ground               varchar(200),
    channel                    varchar(20) not null,
    administration_reference   varchar(80),
    administration_account_id  uuid references administration_account (id),
    responsible_id             uuid not null references account (id),
    status                     varchar(30) not null,
    status_on                  date not null,
    filed_on                   date,
    frozen_at                  timestamp(6) with time zone,
    frozen_reason              varchar(200),
    event_count                integer not null,
    next_due_on                date not null,
    created_by                 uuid not null references account (id),
    created_at                 timestamp(6) with time zone not null,
    version                    bigint not null,
    constraint ck_procedure_channel check (channel in ('ANEF', 'PREFECTURE', 'POST', 'OTHER')),
    constraint ck_procedure_status check (status in ('PREPARING', 'FILED', 'DOCUMENTS_REQUESTED',
        'UNDER_REVIEW', 'APPOINTMENT_SET', 'DECISION_FAVOURABLE', 'DECISION_UNFAVOURABLE',
        'PERMIT_AVAILABLE', 'HANDED_OVER', 'CLOSED', 'CANCELLED', 'WITHDRAWN'))
);
create index ix_procedure_person on person_procedure (person_id, created_at);
create index ix_procedure_structure on person_procedure (structure_id, status);
create index ix_procedure_account on person_procedure (administration_account_id, filed_on);
-- The structure's list by urgency (R5): the nearest deadline of each procedure, far away if none.
create index ix_procedure_urgency on person_procedure (structure_id, next_due_on, id);

-- The immutable timeline of a procedure (C3): one row per action, numbered.
create table procedure_event (
    id              uuid primary key,
    procedure_id    uuid not null references person_procedure (id),
    seq             integer not null,
    kind            varchar(30) not null,
    status          varchar(30),
    status_on       date,
    channel         varchar(20),
    detail          varchar(2000),
    version_ids     varchar(2000),
    message_id      uuid,
    actor_id        uuid references account (id),
    at              timestamp(6) with time zone not null,
    constraint uk_procedure_event unique (procedure_id, seq)
);

-- Requests for documents (C5): never closed silently; overdue at the due date.
create table document_request (
    id              uuid primary key,
    procedure_id    uuid not null references person_procedure (id),
    person_id       uuid not null references person (id),
    structure_id    uuid not null references structure (id),
    requested_on    date not null,
    due_on          date not null,
    source          varchar(20) not null,
    message_id      uuid,
    description     varchar(500),
    status          varchar(20) not null,
    answered_on     date,
    created_by      uuid references account (id),
    created_at      timestamp(6) with time zone not null,
    version         bigint not null,
    constraint ck_document_request_status check (status in ('OPEN', 'ANSWERED'))
);
create index ix_document_request_procedure on document_request (procedure_id, requested_on);
create index ix_document_request_due on document_request (status, due_on, id);
create index ix_document_request_structure on document_request (structure_id, status, due_on);

-- Attestations (C6, recommendation 7-c): receipt, ADP (3 or 6 months), favourable decision.
create table attestation (
    id               uuid primary key,
    procedure_id     uuid not null references person_procedure (id),
    person_id        uuid not null references person (id),
    structure_id     uuid not null references structure (id),
    kind             varchar(30) not null,
    issued_on        date not null,
    valid_until      date,
    permit_type      varchar(100),
    ceseda_article   varchar(60),
    allows_work      boolean not null,
    superseded_on    date,
    recorded_by      uuid references account (id),
    recorded_at      timestamp(6) with time zone not null,
    constraint ck_attestation_kind check (kind in ('FILING_RECEIPT', 'ADP', 'DECISION_FAVOURABLE'))
);
create index ix_attestation_procedure on attestation (procedure_id, issued_on);
create index ix_attestation_valid on attestation (valid_until, id);

-- The residence permit a person holds now, whatever channel it came through (C5): its expiry
-- gives the renewal window (R. 431-5: from the 120th to the 60th day before), stored as dates.
create table residence_permit (
    id                uuid primary key,
    person_id         uuid not null references person (id),
    structure_id      uuid not null references structure (id),
    permit_type       varchar(100) not null,
    expires_on        date not null,
    window_opens_on   date not null,
    window_closes_on  date not null,
    filed_online      boolean not null,
    replaced_on       date,
    recorded_by       uuid references account (id),
    recorded_at       timestamp(6) with time zone not null
);
create index ix_residence_permit_person on residence_permit (person_id, recorded_at);
create index ix_residence_permit_window on residence_permit (window_closes_on, id);

-- The deadline engine (C5, C6): each step of each deadline fires once (its identity is the
-- deadline and its step); the sweep catches up on every day since the last one.
create table deadline_step (
    kind         varchar(40) not null,
    step         varchar(20) not null,
    subject_id   uuid not null,
    due_on       date not null,
    person_id    uuid not null,
    fired_on     date not null,
    fired_at     timestamp(6) with time zone not null,
    constraint pk_deadline_step primary key (kind, step, subject_id, due_on)
);
create index ix_deadline_step_fired on deadline_step (fired_on);
insert into job_lock (name, last_run_at) values ('deadlines', null);
alter table job_lock add column last_swept_on date;

-- A reminder from the engine names the file it concerns.
alter table reminder add column person_id uuid;

-- Claims carry attachments: document versions of her file, shown to the deciding agent.
create table takeover_claim_attachment (
    claim_id     uuid not null references takeover_claim (id),
    version_id   uuid not null,
    constraint pk_takeover_attachment primary key (claim_id, version_id)
);

-- Technical blockages of the online service (C7, R1, R10): the evidence, a dated attestation with
-- a verification code, and the prefecture's answer.
create table procedure_blockage (
    id                  uuid primary key,
    procedure_id        uuid not null references person_procedure (id),
    person_id           uuid not null references person (id),
    structure_id        uuid not null references structure (id),
    occurred_at         timestamp(6) with time zone not null,
    error_text          varchar(2000) not null,
    steps_tried         varchar(2000) not null,
    version_ids         varchar(2000),
    verification_code   varchar(20) not null,
    recorded_by         uuid not null references account (id),
    recorded_at         timestamp(6) with time zone not null,
    status              varchar(20) not null,
    answer              varchar(30),
    answer_text         varchar(1000),
    appointment_at      timestamp(6) with time zone,
    answered_by         uuid references account (id),
    answered_at         timestamp(6) with time zone,
    version             bigint not null,
    constraint uk_blockage_code unique (verification_code),
    constraint ck_blockage_status check (status in ('OPEN', 'ANSWERED')),
    constraint ck_blockage_answer check (answer is null or answer in
        ('SUBSTITUTE_CHANNEL', 'APPOINTMENT', 'RESOLVED'))
);
create index ix_blockage_procedure on procedure_blockage (procedure_id, recorded_at);
create index ix_blockage_open on procedure_blockage (status, recorded_at, id);
