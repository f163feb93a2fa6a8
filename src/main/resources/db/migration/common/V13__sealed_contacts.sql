-- A protected person's contact channels are kept sealed (F2): the vault's ciphertext in
-- sealed_content (per database, V13_1), the clear columns empty.
alter table person_contact add column sealed boolean default false not null;
