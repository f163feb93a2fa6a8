-- A session is recorded once; only its activity and its end are written afterwards.
grant select, insert on account_session to ${app_user};
grant update (last_seen_at, ended_at, ended_reason) on account_session to ${app_user};
