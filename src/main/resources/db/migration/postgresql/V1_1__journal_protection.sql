-- The application's database user may read and append to the journal, never change or delete it (S50).
-- When migrations run as a separate owner, ${app_user} is the application's login role.
revoke all on journal_entry from public;
grant select, insert, update, delete on structure, account, clock_offset to ${app_user};
grant select, update on journal_head to ${app_user};
grant select, insert on journal_entry to ${app_user};

-- Defence in depth: even the owner cannot change or delete journal rows through ordinary SQL.
create function journal_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'journal entries are append-only' using errcode = '42501';
end;
$$;
create trigger journal_entry_append_only
    before update or delete on journal_entry
    for each row execute function journal_entry_append_only();
create trigger journal_entry_no_truncate
    before truncate on journal_entry
    for each statement execute function journal_entry_append_only();
