-- One data key per owner of sealed data, wrapped by a master key that is not in the database.
create table vault_data_key (
    id            uuid primary key,
    owner_kind    varchar(40) not null,
    owner_id      uuid not null,
    master_key    varchar(100) not null,
    wrapped       binary varying(4096) not null,
    created_at    timestamp with time zone not null,
    rewrapped_at  timestamp with time zone,
    constraint uq_vault_owner unique (owner_kind, owner_id)
);
-- Re-wrapping after a rotation looks for the keys another master key wraps.
create index ix_vault_master_key on vault_data_key (master_key, id);

-- A sealed attachment's name, as the vault's ciphertext (its clear name column stays empty).
alter table message_attachment add column sealed_name binary varying(2048);
