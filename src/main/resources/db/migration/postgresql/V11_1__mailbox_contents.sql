-- Large text and bytes of the mailbox, in PostgreSQL's types.
-- The bodies apart from the messages, so that a page of the inbox never reads them.
create table message_body (
    message_id  uuid primary key references inbound_message (id),
    body_text   text,
    body_html   text
);
create table message_attachment_content (
    attachment_id  uuid primary key references message_attachment (id),
    content        bytea not null
);

-- What the application's database user may do on the mailbox's tables. Messages and attachments
-- are kept: never deleted by the application (a discarded message changes status).
grant select, update on structure to ${app_user};
grant select, update on account to ${app_user};
grant select, insert, update on person_mail_token to ${app_user};
grant select, insert, update on inbound_message to ${app_user};
grant select, insert on message_body to ${app_user};
grant select, insert on message_attachment, message_attachment_content to ${app_user};
grant select, insert, delete on message_read to ${app_user};
grant select, insert, update on outbox_mail to ${app_user};
grant select, insert, update, delete on notification_preference to ${app_user};
grant select, insert, delete on notification_digest_item to ${app_user};
grant select, update on worker_lease to ${app_user};
