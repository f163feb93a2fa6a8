-- A consent is recorded once and only ever marked as used.
grant select, insert on protection_lifting_consent to ${app_user};
grant update (used_at) on protection_lifting_consent to ${app_user};
