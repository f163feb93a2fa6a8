-- An attachment held in triage and filed later into a protected person's record is sealed then
-- (F2): its name, declared type and digest emptied, its content replaced by the ciphertext.
grant update (file_name, declared_type, sha256, sealed, sealed_name) on message_attachment
    to ${app_user};
grant update on message_attachment_content to ${app_user};
