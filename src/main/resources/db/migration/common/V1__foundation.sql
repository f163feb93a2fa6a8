-- Foundation schema: structures, accounts, the audit journal and the test clock.
create table structure (
    id          uuid primary key,
    name        varchar(200) not null,
    type        varchar(40)  not null,
    created_at  timestamp(6) with time zone not null
);

create table account (
    id            uuid primary key,
    issuer        varchar(500) not null,
    subject       varchar(255) not null,
    display_name  varchar(200) not null,
    role          varchar(40)  not null,
    structure_id  uuid references structure (id),
    locale        varchar(5)   not null,
    active        boolean      not null,
    created_at    timestamp(6) with time zone not null,
    version       bigint       not null,
    constraint uk_account_identity unique (issuer, subject),
    constraint ck_account_structure check (
        (role in ('PLATFORM_OPERATOR', 'PREFECTURE_AGENT') and structure_id is null)
        or (role in ('STRUCTURE_ADMINISTRATOR', 'SOCIAL_WORKER', 'VOLUNTEER') and structure_id is not null))
);
create index ix_account_structure on account (structure_id);

-- The audit journal: append-only, hash-chained (see JournalChain). No update, no delete.
create table journal_entry (
    seq             bigint primary key,
    occurred_at     timestamp(6) with time zone not null,
    actor_issuer    varchar(500),
    actor_subject   varchar(255),
    actor_name      varchar(200),
    structure_id    uuid,
    action          varchar(80)  not null,
    target_type     varchar(60),
    target_id       varchar(100),
    mandate_id      uuid,
    request_id      varchar(64),
    client_address  varchar(64),
    outcome         varchar(20)  not null,
    detail          varchar(500),
    prev_hash       varchar(64)  not null,
    hash            varchar(64)  not null
);
create index ix_journal_structure on journal_entry (structure_id, seq);
create index ix_journal_actor on journal_entry (actor_issuer, actor_subject, seq);

-- The end of the chain; appenders lock this row so every node appends to one linear chain.
create table journal_head (
    id         integer primary key,
    last_seq   bigint not null,
    last_hash  varchar(64) not null
);
insert into journal_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The offset of the controllable clock, shared by every node (used only when clock control is on).
create table clock_offset (
    id              integer primary key,
    offset_seconds  bigint not null
);
insert into clock_offset (id, offset_seconds) values (1, 0);
