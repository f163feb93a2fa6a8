-- The vault's ciphertext of the pending address.
alter table email_change add column new_email_sealed binary varying(1024) not null;
