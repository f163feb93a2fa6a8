-- Secure email change (E1, E2, S30-S32): the new address waits apart, sealed, until the link sent to
-- it is confirmed; only the link's SHA-256 is kept. The freeze link of the old address's notice is
-- kept the same way.
create table email_change (
    id                     uuid primary key,
    person_id              uuid not null references person (id),
    structure_id           uuid not null references structure (id),
    new_email_fingerprint  varchar(64) not null,
    base_email_fingerprint varchar(64),
    started_by             uuid not null references account (id),
    started_by_person      boolean not null,
    token_hash             varchar(64) not null,
    created_at             timestamp(6) with time zone not null,
    expires_at             timestamp(6) with time zone not null,
    consumed_at            timestamp(6) with time zone,
    consumed_by            uuid,
    revoked_at             timestamp(6) with time zone,
    ended_reason           varchar(20),
    old_address_told       boolean not null,
    freeze_token_hash      varchar(64),
    freeze_expires_at      timestamp(6) with time zone,
    frozen_at              timestamp(6) with time zone,
    constraint uq_email_change_token unique (token_hash),
    constraint uq_email_change_freeze unique (freeze_token_hash)
);
create index ix_email_change_person on email_change (person_id, created_at);

-- An address a member flagged as possibly controlled by someone else (S32, S45): kept only as its
-- keyed hash, never again her address, never written to.
create table flagged_address (
    id           uuid primary key,
    person_id    uuid not null references person (id),
    fingerprint  varchar(64) not null,
    reason       varchar(300),
    flagged_by   uuid not null references account (id),
    flagged_at   timestamp(6) with time zone not null,
    constraint uq_flagged_address unique (person_id, fingerprint)
);

-- Mail to a person's own address (not a member's) is hers: erased with her file, never listed in
-- the structure's outbox.
alter table outbox_mail add column person_id uuid references person (id);
create index ix_outbox_person on outbox_mail (person_id);

-- The freeze link of an old address's notice locks her access without anyone signed in.
alter table emergency_lock alter column locked_by drop not null;
