-- Prefecture agents cover departments (A1, S10): one row per department an agent deals with.
-- Agents created before this migration cover none (they see no structure) until the platform
-- operator sets their departments.
create table account_department (
    account_id  uuid not null references account (id),
    department  varchar(3) not null,
    primary key (account_id, department)
);
create index ix_account_department on account_department (department, account_id);

-- Invitations also open prefecture agent accounts: such an invitation names departments and no
-- structure. Structure roles, and only they, have a structure.
alter table invitation alter column structure_id drop not null;
alter table invitation add column departments varchar(500);
alter table invitation drop constraint ck_invitation_role;
alter table invitation add constraint ck_invitation_role check (
    (role in ('STRUCTURE_ADMINISTRATOR', 'SOCIAL_WORKER', 'VOLUNTEER')
        and structure_id is not null and departments is null)
    or (role = 'PREFECTURE_AGENT' and structure_id is null and departments is not null));
create index ix_invitation_role on invitation (role, created_at);

-- Who filed a structure's request: the operator on its behalf, or the structure itself (the
-- applicant's account). No foreign key: the applicant's account belongs to the structure.
alter table structure add column request_channel varchar(20) default 'OPERATOR' not null;
alter table structure add column requested_by uuid;
alter table structure add constraint ck_structure_request_channel
    check (request_channel in ('OPERATOR', 'SELF_SERVICE'));

-- A SIRET no longer identifies one row: a refused request, or one filed by someone who is not the
-- structure, must not block the genuine structure's request. One structure at most holds an
-- accreditation (accredited, expired or suspended) for a SIRET: siret_holder is the SIRET while it
-- does, null otherwise, under a unique index (several nulls are allowed).
drop index ux_structure_siret;
create index ix_structure_siret on structure (siret);
alter table structure add column siret_holder varchar(14);
update structure set siret_holder = siret where accreditation_status in ('ACCREDITED', 'SUSPENDED');
create unique index ux_structure_siret_holder on structure (siret_holder);
