-- A person's access history reads the journal by target, newest first.
create index ix_journal_target on journal_entry (target_type, target_id, seq);
