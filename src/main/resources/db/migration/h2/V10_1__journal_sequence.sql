-- Entry numbers continue after the last entry written before seals existed.
alter sequence journal_entry_seq restart with (select coalesce(max(seq), 0) + 1 from journal_entry);
