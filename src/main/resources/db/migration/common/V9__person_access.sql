-- Accounts of accompanied people (PRODUCT.md actors, B1): a person may log in to see their own
-- file, the mandates they gave and who accessed their data, and revoke a mandate.
-- An account of role BENEFICIARY belongs to no structure; it is linked to person records through
-- person_access, each link made by redeeming a single-use access link handed over in person.
alter table account drop constraint ck_account_structure;
alter table account add constraint ck_account_structure check (
    (role in ('PLATFORM_OPERATOR', 'PREFECTURE_AGENT', 'BENEFICIARY') and structure_id is null)
    or (role in ('STRUCTURE_ADMINISTRATOR', 'SOCIAL_WORKER', 'VOLUNTEER') and structure_id is not null));

create table person_access_invitation (
    id            uuid primary key,
    person_id     uuid not null references person (id),
    structure_id  uuid not null references structure (id),
    token_hash    varchar(64) not null,
    created_by    uuid not null references account (id),
    created_at    timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone not null,
    consumed_at   timestamp(6) with time zone,
    consumed_by   uuid references account (id),
    revoked_at    timestamp(6) with time zone,
    version       bigint not null,
    constraint uk_person_access_invitation_token unique (token_hash)
);
create index ix_person_access_invitation_person on person_access_invitation (person_id, created_at);

-- current_person_id equals person_id while the link is in force and is null once ended: the unique
-- constraint then allows one link in force per person record, on H2 and PostgreSQL alike.
create table person_access (
    id                 uuid primary key,
    person_id          uuid not null references person (id),
    structure_id       uuid not null references structure (id),
    account_id         uuid not null references account (id),
    invitation_id      uuid not null references person_access_invitation (id),
    granted_at         timestamp(6) with time zone not null,
    current_person_id  uuid,
    ended_at           timestamp(6) with time zone,
    ended_by           uuid references account (id),
    end_reason         varchar(500),
    version            bigint not null,
    constraint uk_person_access_current unique (current_person_id)
);
create index ix_person_access_account on person_access (account_id, ended_at);
create index ix_person_access_person on person_access (person_id, granted_at);

-- Who revoked: the person themselves, or the structure.
alter table mandate add column revoked_by_person boolean default false not null;
alter table mandate_scope add column revoked_by_person boolean default false not null;
