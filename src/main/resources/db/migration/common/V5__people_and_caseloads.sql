-- Accompanied people (A4). Contact data lives in its own table, the part shielding will seal.
create table person (
    id                       uuid primary key,
    structure_id             uuid not null references structure (id),
    last_name                varchar(100) not null,
    first_names              varchar(150) not null,
    birth_date               date not null,
    birth_place              varchar(150),
    nationality              varchar(100),
    foreign_national_number  varchar(10),
    sort_key                 varchar(260) not null,
    ase_minor                boolean not null,
    guardianship_reference   varchar(100),
    protected                boolean not null,
    protection_reason        varchar(30),
    created_at               timestamp(6) with time zone not null,
    version                  bigint not null,
    constraint ck_person_protection check (protected = false or protection_reason is not null)
);
-- Keyset pages and name-prefix search within one structure.
create index ix_person_structure_sort on person (structure_id, sort_key, id);
create index ix_person_structure_number on person (structure_id, foreign_national_number);
create index ix_person_structure_birth on person (structure_id, birth_date);

create table person_contact (
    person_id               uuid primary key references person (id),
    email                   varchar(200),
    phone                   varchar(30),
    postal_address          varchar(300),
    domiciled_at_structure  boolean not null
);

create table caseload_assignment (
    person_id    uuid not null references person (id),
    account_id   uuid not null references account (id),
    assigned_at  timestamp(6) with time zone not null,
    assigned_by  uuid not null references account (id),
    primary key (person_id, account_id)
);
create index ix_caseload_account on caseload_assignment (account_id, person_id);
