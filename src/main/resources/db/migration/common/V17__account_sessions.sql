-- The signed-in sessions of every account (F3, S5, S31): one row per login, kept on the database
-- so that every node of a cluster sees a session ended on another at its next request.
create table account_session (
    id            uuid primary key,
    account_id    uuid not null references account (id),
    provider_id   varchar(40) not null,
    client        varchar(100) not null,
    started_at    timestamp(6) with time zone not null,
    last_seen_at  timestamp(6) with time zone not null,
    ended_at      timestamp(6) with time zone,
    ended_reason  varchar(30)
);
create index ix_account_session_account on account_session (account_id, ended_at, started_at);
