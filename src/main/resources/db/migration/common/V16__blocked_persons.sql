-- People who must never reach a protected person's file (F5): each entry a keyed hash of an exact
-- value (the key is outside the database) and a hint that does not name anyone.
create table blocked_person (
    id           uuid primary key,
    person_id    uuid not null references person (id),
    kind         varchar(20) not null,
    fingerprint  varchar(64) not null,
    hint         varchar(60) not null,
    added_by     uuid not null references account (id),
    added_at     timestamp(6) with time zone not null,
    removed_at   timestamp(6) with time zone,
    removed_by   uuid references account (id),
    constraint ck_blocked_person_kind check (kind in ('NAME_BIRTH', 'EMAIL', 'PHONE', 'FOREIGN_NUMBER'))
);
create index ix_blocked_person_match on blocked_person (person_id, kind, fingerprint);
