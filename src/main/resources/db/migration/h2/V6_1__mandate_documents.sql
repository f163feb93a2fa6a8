create table mandate_document (
    id                uuid primary key,
    mandate_id        uuid not null references mandate (id),
    kind              varchar(30) not null,
    media_type        varchar(60) not null,
    size_bytes        bigint not null,
    sha256            varchar(64) not null,
    template_version  varchar(40),
    content           binary varying(20000000) not null,
    created_at        timestamp(6) with time zone not null,
    created_by        uuid not null references account (id)
);
create index ix_mandate_document on mandate_document (mandate_id, kind, created_at);
