-- H2 is the single-user development database: there is no separate application role to restrict.
-- The journal is still append-only in the application (JournalEntry refuses updates and removals).
select 1;
