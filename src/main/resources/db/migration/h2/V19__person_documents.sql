-- Documents added to a person's file (F2, S60): versions never replace each other; classified ones
-- and every document of a protected person are sealed (title and content as the vault's
-- ciphertexts). The content is a table apart, so that a list never reads a file.
create table person_document (
    id            uuid primary key,
    document_id   uuid not null,
    version       integer not null,
    person_id     uuid not null references person (id),
    type          varchar(40) not null,
    classified    boolean not null,
    sealed        boolean not null,
    title         varchar(200),
    sealed_title  binary varying(1024),
    media_type    varchar(60) not null,
    size_bytes    bigint not null,
    sha256        varchar(64) not null,
    created_at    timestamp(6) with time zone not null,
    created_by    uuid not null references account (id),
    constraint uq_person_document_version unique (document_id, version)
);
create index ix_person_document_person on person_document (person_id, created_at);
create table person_document_content (
    version_id  uuid primary key references person_document (id),
    content     binary varying(20000000) not null
);
