-- An entry is added once; removing it only marks it.
grant select, insert on blocked_person to ${app_user};
grant update (removed_at, removed_by) on blocked_person to ${app_user};
