-- A request for documents names the types of document it asks for (identity, proof of address,
-- photos, payslips...): each has its status on the procedure (requested, provided, sent).
alter table document_request add column document_types varchar(400);
