-- Members of structures (A3): habilitations granted separately from roles, deactivation kept as
-- history, and single-use invitations bound to the first identity that signs in with them.
alter table account add column identity_checker boolean default false not null;
alter table account add column protected_cases boolean default false not null;
alter table account add column deactivated_at timestamp(6) with time zone;
create index ix_account_structure_role on account (structure_id, role);

create table invitation (
    id                uuid primary key,
    structure_id      uuid not null references structure (id),
    role              varchar(40) not null,
    identity_checker  boolean not null,
    protected_cases   boolean not null,
    token_hash        varchar(64) not null,
    created_by        uuid not null references account (id),
    created_at        timestamp(6) with time zone not null,
    expires_at        timestamp(6) with time zone not null,
    consumed_at       timestamp(6) with time zone,
    consumed_by       uuid references account (id),
    revoked_at        timestamp(6) with time zone,
    version           bigint not null,
    constraint uk_invitation_token unique (token_hash),
    constraint ck_invitation_role check (role in ('STRUCTURE_ADMINISTRATOR', 'SOCIAL_WORKER', 'VOLUNTEER'))
);
create index ix_invitation_structure on invitation (structure_id, created_at);
