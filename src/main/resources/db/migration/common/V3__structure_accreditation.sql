-- Structures ask for accreditation and a prefecture agent decides (A1). Every decision is kept.
alter table structure add column siret varchar(14);
alter table structure add column address_line varchar(200);
alter table structure add column postal_code varchar(10);
alter table structure add column city varchar(100);
alter table structure add column departments varchar(200);
alter table structure add column contact_email varchar(200);
alter table structure add column contact_phone varchar(30);
alter table structure add column accreditation_status varchar(20) default 'REQUESTED' not null;
alter table structure add column accredited_departments varchar(200);
alter table structure add column accredited_from date;
alter table structure add column accredited_until date;
alter table structure add column status_reason varchar(500);
alter table structure add column version bigint default 0 not null;
alter table structure add constraint ck_structure_status
    check (accreditation_status in ('REQUESTED', 'ACCREDITED', 'REFUSED', 'SUSPENDED', 'REVOKED'));
create unique index ux_structure_siret on structure (siret);
create index ix_structure_status on structure (accreditation_status, created_at);

create table accreditation_decision (
    id           uuid primary key,
    structure_id uuid not null references structure (id),
    decision     varchar(20) not null,
    decided_by   uuid not null references account (id),
    decided_at   timestamp(6) with time zone not null,
    departments  varchar(200),
    valid_from   date,
    valid_until  date,
    reason       varchar(500)
);
create index ix_accreditation_decision_structure on accreditation_decision (structure_id, decided_at);
