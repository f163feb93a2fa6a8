-- Entry numbers continue after the last entry written before seals existed.
select setval('journal_entry_seq', (select coalesce(max(seq), 0) + 1 from journal_entry), false);

-- What the application's database user may do (S50): draw entry numbers; append seals, never change
-- or delete them; move the sealer's state; watch and drop gaps.
grant usage on sequence journal_entry_seq to ${app_user};
revoke all on journal_seal from public;
grant select, insert on journal_seal to ${app_user};
grant select, update on journal_sealer to ${app_user};
grant select, insert, delete on journal_gap to ${app_user};
grant select, insert on test_support_write to ${app_user};

-- Defence in depth, as for entries: even the owner cannot change or delete seals with plain SQL.
create trigger journal_seal_append_only
    before update or delete on journal_seal
    for each row execute function journal_entry_append_only();
create trigger journal_seal_no_truncate
    before truncate on journal_seal
    for each statement execute function journal_entry_append_only();
