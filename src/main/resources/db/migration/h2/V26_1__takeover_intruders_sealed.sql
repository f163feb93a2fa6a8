-- The vault's ciphertext of the intruder's known addresses.
alter table takeover_claim add column intruders_sealed binary varying(4096) not null;
