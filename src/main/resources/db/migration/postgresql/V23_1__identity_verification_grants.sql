-- Verification steps are appended, never changed; the retention job erases them with their file.
grant select, insert, delete on identity_verification to ${app_user};
grant select, insert, update, delete on phone_check_code, phone_check_throttle to ${app_user};
