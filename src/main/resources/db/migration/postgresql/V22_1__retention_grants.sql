-- What the retention job may do (S61): erase the rows of an expired file, of sealed documents and
-- of unfiled mail; record its runs; clear personal references in journal entries — and nothing
-- else on the journal.
grant select, insert, update on retention_run to ${app_user};
grant select, update on retention_state to ${app_user};
grant delete on person, person_contact, caseload_assignment, mandate, mandate_scope,
    mandate_document, reminder, person_mail_token, inbound_message, message_body,
    message_attachment, message_attachment_content, message_read, protection_lifting_consent,
    emergency_lock, blocked_person, account_session, outbox_mail, person_access_invitation,
    person_access, vault_data_key, person_document, person_document_content, person_note
    to ${app_user};
grant update (mac, actor_issuer, actor_subject, actor_name, target_id, detail, client_address,
    redacted_fields, redaction_mac, redacted_at) on journal_entry to ${app_user};

-- Entries stay append-only for everyone, the owner included, with one exception: an anonymisation
-- may clear personal references (each either unchanged or set to null), set the MAC of an entry
-- older than MACs, and must leave its redaction MAC. Everything else, and every delete, is refused.
create function journal_entry_anonymisation_only() returns trigger language plpgsql as $$
begin
    if new.redaction_mac is null or new.redacted_at is null or new.redacted_fields is null
        or new.seq <> old.seq or new.occurred_at <> old.occurred_at
        or new.action <> old.action or new.outcome <> old.outcome
        or new.structure_id is distinct from old.structure_id
        or new.target_type is distinct from old.target_type
        or new.mandate_id is distinct from old.mandate_id
        or new.request_id is distinct from old.request_id
        or (old.mac is not null and new.mac is distinct from old.mac)
        or (new.actor_issuer is not null and new.actor_issuer is distinct from old.actor_issuer)
        or (new.actor_subject is not null and new.actor_subject is distinct from old.actor_subject)
        or (new.actor_name is not null and new.actor_name is distinct from old.actor_name)
        or (new.target_id is not null and new.target_id is distinct from old.target_id)
        or (new.detail is not null and new.detail is distinct from old.detail)
        or (new.client_address is not null and new.client_address is distinct from old.client_address)
    then
        raise exception 'journal entries are append-only; an anonymisation may only clear personal references'
            using errcode = '42501';
    end if;
    return new;
end;
$$;
drop trigger journal_entry_append_only on journal_entry;
create trigger journal_entry_no_delete
    before delete on journal_entry
    for each row execute function journal_entry_append_only();
create trigger journal_entry_anonymisation_only
    before update on journal_entry
    for each row execute function journal_entry_anonymisation_only();
