-- The vault's ciphertext of the pending address.
alter table email_change add column new_email_sealed bytea not null;

grant select, insert, update, delete on email_change, flagged_address to ${app_user};
