-- What the application's database user may do on the table of V8. An agent's departments are
-- replaced when the operator changes them.
grant select, insert, delete on account_department to ${app_user};
