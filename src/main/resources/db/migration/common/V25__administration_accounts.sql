-- The accounts a person holds at the administration (the ANEF's online service, E2): which one,
-- its identifier and the address it uses, both sealed and as keyed hashes; and the tracked move of
-- that address to her sub-address (requested, done, confirmed by the first message that arrives).
create table administration_account (
    id                      uuid primary key,
    person_id               uuid not null references person (id),
    structure_id            uuid not null references structure (id),
    service                 varchar(20) not null,
    label                   varchar(100),
    identifier_fingerprint  varchar(64) not null,
    address_fingerprint     varchar(64),
    recorded_by             uuid not null references account (id),
    recorded_at             timestamp(6) with time zone not null,
    move_status             varchar(20) not null,
    move_requested_at       timestamp(6) with time zone,
    move_requested_by       uuid references account (id),
    move_done_at            timestamp(6) with time zone,
    move_done_by            uuid references account (id),
    move_confirmed_at       timestamp(6) with time zone,
    version                 integer not null,
    constraint ck_administration_service check (service in ('ANEF', 'OTHER')),
    constraint ck_administration_move check (move_status in ('NONE', 'REQUESTED', 'DONE', 'CONFIRMED')),
    constraint uq_administration_account unique (person_id, identifier_fingerprint)
);
create index ix_administration_account_identifier on administration_account (identifier_fingerprint);
