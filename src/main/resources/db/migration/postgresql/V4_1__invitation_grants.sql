grant select, insert, update on invitation to ${app_user};
