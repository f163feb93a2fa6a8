-- Notes are written once; only their marking and their sealing change afterwards.
grant select, insert on person_note to ${app_user};
grant update (sensitive, sealed, text, sealed_text) on person_note to ${app_user};
