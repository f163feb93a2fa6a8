grant select, insert, update, delete on attempt_throttle to ${app_user};
