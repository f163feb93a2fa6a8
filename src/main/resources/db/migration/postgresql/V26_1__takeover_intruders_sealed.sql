-- The vault's ciphertext of the intruder's known addresses.
alter table takeover_claim add column intruders_sealed bytea not null;

grant select, insert, update, delete on takeover_claim to ${app_user};
