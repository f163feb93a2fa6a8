-- Notes on a person's file (F2): written once; sensitive ones and every note of a protected person
-- kept only as the vault's ciphertext.
create table person_note (
    id           uuid primary key,
    person_id    uuid not null references person (id),
    sensitive    boolean not null,
    sealed       boolean not null,
    text         varchar(4000),
    sealed_text  bytea,
    created_by   uuid not null references account (id),
    created_at   timestamp(6) with time zone not null
);
create index ix_person_note_page on person_note (person_id, created_at, id);
