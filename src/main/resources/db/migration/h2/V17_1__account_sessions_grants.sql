-- Single-user development database: nothing to grant.
select 1;
