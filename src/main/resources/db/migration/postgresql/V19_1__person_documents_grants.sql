-- Versions are added, never deleted; only the classification and the sealing are written later.
grant select, insert on person_document, person_document_content to ${app_user};
grant update (classified, sealed, title, sealed_title) on person_document to ${app_user};
grant update (content) on person_document_content to ${app_user};
