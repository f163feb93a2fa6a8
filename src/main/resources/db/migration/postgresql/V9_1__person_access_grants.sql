grant select, insert, update on person_access_invitation, person_access to ${app_user};
