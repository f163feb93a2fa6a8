-- The vault's ciphertext of a protected person's contact channels.
alter table person_contact add column sealed_content bytea;
