-- What the application's database user may do on the tables of V2 and V3.
grant select, update on procedure_type to ${app_user};
grant select, insert, update on structure to ${app_user};
-- Accreditation decisions are history: read and appended, never changed.
grant select, insert on accreditation_decision to ${app_user};
