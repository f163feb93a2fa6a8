-- The vault's ciphertexts of the account's identifier and address.
alter table administration_account add column identifier_sealed bytea not null;
alter table administration_account add column address_sealed bytea;

grant select, insert, update, delete on administration_account to ${app_user};
