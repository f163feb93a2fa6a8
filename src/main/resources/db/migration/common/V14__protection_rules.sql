-- The protected status with its rules (F1): since when, and a protection order's court and dates.
alter table person add column protected_since date;
alter table person add column protection_order_court varchar(150);
alter table person add column protection_order_issued_on date;
alter table person add column protection_order_ends_on date;
update person set protected_since = cast(created_at as date) where protected = true;
-- Reminders before an order lapses look people up by the order's end date.
create index ix_person_protection_order_end on person (protection_order_ends_on);

-- A protected person's consent to lifting her protection: in person, or from her own account.
create table protection_lifting_consent (
    id           uuid primary key,
    person_id    uuid not null references person (id),
    given_in     varchar(20) not null,
    recorded_by  uuid not null references account (id),
    recorded_at  timestamp(6) with time zone not null,
    used_at      timestamp(6) with time zone,
    constraint ck_lifting_consent_way check (given_in in ('IN_PERSON', 'OWN_ACCOUNT'))
);
create index ix_lifting_consent_person on protection_lifting_consent (person_id, recorded_at);
