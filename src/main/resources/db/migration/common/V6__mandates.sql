-- Mandates (B1-B3): one row per mandate, one per procedure type it covers.
create table mandate (
    id                    uuid primary key,
    person_id             uuid not null references person (id),
    structure_id          uuid not null references structure (id),
    legal_basis           varchar(30) not null,
    basis_reference       varchar(100),
    basis_text            varchar(500),
    starts_on             date not null,
    ends_on               date not null,
    status                varchar(20) not null,
    verification_code     varchar(20) not null,
    consent_sha256        varchar(64),
    evidence_sha256       varchar(64),
    evidence_attached_at  timestamp(6) with time zone,
    revoked_at            timestamp(6) with time zone,
    revoked_by            uuid,
    revocation_reason     varchar(500),
    created_at            timestamp(6) with time zone not null,
    created_by            uuid not null references account (id),
    version               bigint not null,
    constraint ck_mandate_status check (status in ('AWAITING_EVIDENCE', 'ACTIVE', 'REVOKED')),
    constraint ck_mandate_basis check (legal_basis in ('CONSENT', 'ASE_GUARDIANSHIP', 'OTHER')),
    constraint ck_mandate_dates check (ends_on > starts_on),
    constraint uk_mandate_code unique (verification_code)
);
create index ix_mandate_person on mandate (person_id, created_at);
create index ix_mandate_status_end on mandate (status, ends_on);

create table mandate_scope (
    mandate_id      uuid not null references mandate (id),
    procedure_code  varchar(60) not null references procedure_type (code),
    revoked_at      timestamp(6) with time zone,
    revoked_by      uuid,
    primary key (mandate_id, procedure_code)
);

-- In-app reminders for members (no content beyond what is due, F4/S42).
create table reminder (
    id           uuid primary key,
    account_id   uuid not null references account (id),
    kind         varchar(40) not null,
    subject_id   uuid not null,
    due_on       date not null,
    created_at   timestamp(6) with time zone not null,
    read_at      timestamp(6) with time zone,
    constraint uk_reminder unique (account_id, kind, subject_id, due_on)
);
create index ix_reminder_account on reminder (account_id, created_at);

-- Background jobs claim their run with SELECT ... FOR UPDATE SKIP LOCKED on their row, so two
-- nodes never run the same job at once.
create table job_lock (
    name         varchar(60) primary key,
    last_run_at  timestamp(6) with time zone
);
insert into job_lock (name, last_run_at) values ('reminders', null);
