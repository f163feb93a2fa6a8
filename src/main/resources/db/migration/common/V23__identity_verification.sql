-- Identity verification (D1, S20-S22): every step of a person's verification, kept for good. A
-- document's number is never stored: only its keyed hash (HMAC, key outside the database) and its
-- last three characters.
create table identity_verification (
    id                    uuid primary key,
    person_id             uuid not null references person (id),
    level                 varchar(30) not null,
    method                varchar(30) not null,
    document_type         varchar(30),
    issuing_country       varchar(2),
    document_fingerprint  varchar(64),
    document_number_end   varchar(3),
    document_expires_on   date,
    provider              varchar(60),
    acr                   varchar(100),
    reason                varchar(300),
    checked_by            uuid references account (id),
    checked_at            timestamp(6) with time zone not null,
    constraint ck_identity_level check (level in ('DECLARED', 'DOCUMENT_CHECKED', 'EIDAS_SUBSTANTIAL')),
    constraint ck_identity_method check (method in ('IN_PERSON', 'REMOTE_PROVIDER'))
);
create index ix_identity_verification_person on identity_verification (person_id, checked_at);
create index ix_identity_verification_document on identity_verification (document_fingerprint);

-- The phone protocol (D2, S20, S23, S70): single-use codes she makes in her own space and reads
-- out to a member, kept only as keyed hashes; and each member's growing delay between answers.
create table phone_check_code (
    id          uuid primary key,
    account_id  uuid not null references account (id),
    code_hash   varchar(64) not null,
    created_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    used_at     timestamp(6) with time zone,
    voided_at   timestamp(6) with time zone,
    failures    integer not null
);
create index ix_phone_check_code_account on phone_check_code (account_id, created_at);
create table phone_check_throttle (
    member_id        uuid not null references account (id),
    person_id        uuid not null references person (id),
    failures         integer not null,
    next_attempt_at  timestamp(6) with time zone,
    primary key (member_id, person_id)
);
