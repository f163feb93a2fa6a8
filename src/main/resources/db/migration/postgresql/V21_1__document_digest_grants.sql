-- Sealing a version empties its digest.
grant update (sha256) on person_document to ${app_user};
