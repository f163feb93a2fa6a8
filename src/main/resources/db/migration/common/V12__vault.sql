-- The sealed-data vault (F2, S12, S41). Its data keys are per database (V12_1: bytes).
-- An attachment filed for a protected person is kept sealed: its content is the vault's
-- ciphertext, bound to the attachment.
alter table message_attachment add column sealed boolean default false not null;
