-- Procedures and their timeline: events are only ever added; deletes are the retention job's
-- erasure of an expired file (S61).
grant select, insert, update, delete on person_procedure to ${app_user};
grant select, insert, delete on procedure_event to ${app_user};
grant select, insert, update, delete on document_request to ${app_user};
grant select, insert, update, delete on attestation to ${app_user};
grant select, insert, update, delete on residence_permit to ${app_user};
grant select, insert, delete on deadline_step to ${app_user};
grant select, insert, delete on takeover_claim_attachment to ${app_user};
grant select, insert, update, delete on procedure_blockage to ${app_user};
