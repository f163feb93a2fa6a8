-- The vault's ciphertexts of the account's identifier and address.
alter table administration_account add column identifier_sealed binary varying(1024) not null;
alter table administration_account add column address_sealed binary varying(1024);
