-- The emergency lock of a person's own access (F6): set by her, her worker or the administrator;
-- lifted only once she and the administrator have both released it.
create table emergency_lock (
    id                    uuid primary key,
    person_id             uuid not null references person (id),
    locked_at             timestamp(6) with time zone not null,
    locked_by             uuid not null references account (id),
    released_by_person_at timestamp(6) with time zone,
    released_by_admin_at  timestamp(6) with time zone,
    released_by_admin     uuid references account (id),
    lifted_at             timestamp(6) with time zone
);
create index ix_emergency_lock_person on emergency_lock (person_id, lifted_at);
