grant select, insert, update on person, person_contact to ${app_user};
grant select, insert, delete on caseload_assignment to ${app_user};
