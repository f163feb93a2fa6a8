-- Large text and bytes of the mailbox, in H2's types.
-- The bodies apart from the messages, so that a page of the inbox never reads them.
create table message_body (
    message_id  uuid primary key references inbound_message (id),
    body_text   character varying(1000000),
    body_html   character varying(1000000)
);
create table message_attachment_content (
    attachment_id  uuid primary key references message_attachment (id),
    content        binary varying(31457280) not null
);
