-- A lock is set once; only its releases and its lifting are ever written afterwards.
grant select, insert on emergency_lock to ${app_user};
grant update (released_by_person_at, released_by_admin_at, released_by_admin, lifted_at)
    on emergency_lock to ${app_user};
