-- F2, S12: a value a person has several of (her administration accounts' identifiers and
-- addresses, her email changes' new addresses, her takeover claims' intruders) is sealed under her
-- data key and bound to its own row as well, so that a ciphertext copied to another of her rows
-- does not open. The rows written before were bound to her alone: SQL cannot re-encrypt them (the
-- keys are outside the database), so they are marked here and keep that label when opened.
alter table administration_account add column row_bound boolean default false not null;
alter table email_change add column row_bound boolean default false not null;
alter table takeover_claim add column row_bound boolean default false not null;
