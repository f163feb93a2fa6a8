-- The deadline sweep by pages: a page's reminders looked up by subject, and the deadlines that
-- live on the person row (majority of minors in care, end of a protection order) read by range.
create index ix_reminder_subject on reminder (subject_id);
create index ix_person_ase_birth on person (ase_minor, birth_date);
create index ix_person_protected_order on person (protected, protection_order_ends_on);
