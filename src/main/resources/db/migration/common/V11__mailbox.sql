-- The structure's mailbox (A2, A5, H4, F4). One inbound mail domain and one catch-all mailbox per
-- deployment; each structure an institutional address on it; each person followed a sub-address
-- with a random, opaque token. Everything sent out goes through the outbox.

-- A structure's institutional local part, neutral ("s-" and random characters), made on first use.
alter table structure add column mail_local_part varchar(40);
create unique index ux_structure_mail_local_part on structure (mail_local_part);

-- A member's professional address for notifications, as the identity provider vouches for it.
alter table account add column email varchar(320);

-- Sub-address tokens. The current one of a person has current_for = person_id (one per person);
-- a retired one keeps its row, so that mail to it is recognised and quarantined, never filed.
create table person_mail_token (
    token         varchar(32) primary key,
    person_id     uuid not null references person (id),
    structure_id  uuid not null references structure (id),
    current_for   uuid,
    created_at    timestamp(6) with time zone not null,
    created_by    uuid references account (id),
    retired_at    timestamp(6) with time zone,
    retired_by    uuid references account (id),
    constraint uk_person_mail_token_current unique (current_for)
);
create index ix_person_mail_token_person on person_mail_token (person_id, created_at);

-- Everything that came in, whatever became of it. A message addressed to two people is filed once
-- for each (route_key is the token, or the triage or quarantine it went to); the same message
-- delivered twice is filed once (unique key).
create table inbound_message (
    id                uuid primary key,
    message_key       varchar(250) not null,
    route_key         varchar(80) not null,
    status            varchar(20) not null,
    reason            varchar(40),
    structure_id      uuid references structure (id),
    person_id         uuid references person (id),
    recipient         varchar(320),
    sender            varchar(320),
    subject           varchar(500),
    sent_at           timestamp(6) with time zone,
    received_at       timestamp(6) with time zone not null,
    size_bytes        bigint not null,
    attachment_count  integer not null,
    kind              varchar(30) not null,
    urgent            boolean not null,
    due_on            date,
    urgency_rule      varchar(40),
    urgency_set_by    uuid references account (id),
    assigned_to       uuid references account (id),
    decided_by        uuid references account (id),
    decided_at        timestamp(6) with time zone,
    constraint uk_inbound_message unique (message_key, route_key),
    constraint ck_inbound_status check (status in ('FILED', 'TRIAGE', 'QUARANTINE', 'DISCARDED'))
);
-- Keyset pages, newest first: a structure's inbox and a person's messages, each one index range.
create index ix_inbound_structure on inbound_message (structure_id, status, received_at, id);
create index ix_inbound_person on inbound_message (person_id, status, received_at, id);
create index ix_inbound_urgent on inbound_message (structure_id, urgent, due_on);
create index ix_inbound_status on inbound_message (status, received_at);

-- Attachments: metadata apart from content, so that lists never load the bytes.
create table message_attachment (
    id             uuid primary key,
    message_id     uuid not null references inbound_message (id),
    position       integer not null,
    file_name      varchar(255),
    stored_name    varchar(80) not null,
    declared_type  varchar(200),
    media_type     varchar(100),
    size_bytes     bigint not null,
    sha256         varchar(64),
    status         varchar(20) not null,
    refusal        varchar(40),
    constraint ck_attachment_status check (status in ('KEPT', 'REFUSED'))
);
create index ix_attachment_message on message_attachment (message_id, position);

-- The bodies and the attachments' content are added per database (V11_1): large text and bytes.

-- Read marks, per member.
create table message_read (
    message_id  uuid not null references inbound_message (id),
    account_id  uuid not null references account (id),
    read_at     timestamp(6) with time zone not null,
    primary key (message_id, account_id)
);
create index ix_message_read_account on message_read (account_id, message_id);

-- Outgoing mail, written in the transaction of the change it tells of, delivered by a worker.
create table outbox_mail (
    id               uuid primary key,
    recipient        varchar(320) not null,
    account_id       uuid references account (id),
    structure_id     uuid references structure (id),
    kind             varchar(40) not null,
    subject          varchar(200) not null,
    body             varchar(4000) not null,
    status           varchar(20) not null,
    attempts         integer not null,
    next_attempt_at  timestamp(6) with time zone not null,
    last_error       varchar(500),
    created_at       timestamp(6) with time zone not null,
    sent_at          timestamp(6) with time zone,
    constraint ck_outbox_status check (status in ('PENDING', 'SENT', 'DEAD'))
);
create index ix_outbox_due on outbox_mail (status, next_attempt_at);
create index ix_outbox_structure on outbox_mail (structure_id, status, created_at, id);

-- How each member wants to hear of each kind of event: EACH (a mail each time), DIGEST (one a
-- day), NONE. No row: the default of the kind.
create table notification_preference (
    account_id  uuid not null references account (id),
    event_kind  varchar(40) not null,
    mode        varchar(10) not null,
    primary key (account_id, event_kind),
    constraint ck_notification_mode check (mode in ('EACH', 'DIGEST', 'NONE'))
);

-- Events waiting for a member's daily digest.
create table notification_digest_item (
    id          uuid primary key,
    account_id  uuid not null references account (id),
    event_kind  varchar(40) not null,
    created_at  timestamp(6) with time zone not null
);
create index ix_digest_account on notification_digest_item (account_id, created_at);

-- Leases for background workers that hold a connection open (the inbound mail reader): the node
-- holding an unexpired lease works, the others wait for it to expire.
create table worker_lease (
    name        varchar(60) primary key,
    holder      varchar(120),
    expires_at  timestamp(6) with time zone
);
insert into worker_lease (name, holder, expires_at) values ('mail-inbound', null, null);
insert into job_lock (name, last_run_at) values ('outbox', null);
insert into job_lock (name, last_run_at) values ('digest', null);
