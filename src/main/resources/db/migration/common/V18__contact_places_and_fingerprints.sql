-- F2: where a person's life takes place, sealed like her address when she is protected.
alter table person_contact add column shelter varchar(300);
alter table person_contact add column workplace varchar(300);
alter table person_contact add column children_school varchar(300);
-- S41: the email and the phone as keyed hashes (HMAC, key outside the database), for exact search
-- without a plaintext index, protected or not.
alter table person_contact add column email_fingerprint varchar(64);
alter table person_contact add column phone_fingerprint varchar(64);
create index person_contact_email_fingerprint on person_contact (email_fingerprint);
create index person_contact_phone_fingerprint on person_contact (phone_fingerprint);
