-- S46: one canonical identity match. Every keyed hash of an identity value (an address, a phone,
-- a name with a birth date, a foreign-national number, a login) is taken over the value's
-- canonical form. Rows hashed before over the exact value are marked here and hashed again at the
-- next start (the key is outside the database, so SQL cannot): see docs/identity.md.
alter table person_contact add column canonical_fingerprints boolean default false not null;
alter table administration_account add column canonical_fingerprints boolean default false not null;
alter table email_change add column canonical_fingerprints boolean default false not null;
-- An approved claim's intruder addresses, flagged and blocked again in their canonical forms.
alter table takeover_claim add column canonical_flags boolean default false not null;

-- A blocked person may be a login (issuer and subject): a takeover claim's intruder (E3, S33).
alter table blocked_person drop constraint ck_blocked_person_kind;
alter table blocked_person add constraint ck_blocked_person_kind
    check (kind in ('NAME_BIRTH', 'EMAIL', 'PHONE', 'FOREIGN_NUMBER', 'LOGIN'));
-- Staff paths ask whether an identity is on the list of anyone in a structure: by fingerprint.
create index ix_blocked_person_fingerprint on blocked_person (fingerprint);

-- S70: growing delays between one actor's refused attempts at one thing on one subject.
create table attempt_throttle (
    purpose          varchar(40) not null,
    actor_id         uuid not null,
    subject_id       uuid not null,
    failures         integer not null,
    next_attempt_at  timestamp(6) with time zone,
    constraint pk_attempt_throttle primary key (purpose, actor_id, subject_id)
);
create index ix_attempt_throttle_subject on attempt_throttle (subject_id);

-- The one run that hashes old rows again, on the node that gets this row.
insert into job_lock (name, last_run_at) values ('fingerprints', null);
