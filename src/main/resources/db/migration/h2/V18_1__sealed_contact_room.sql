-- The sealed contact now also holds the shelter, the workplace and the children's school.
alter table person_contact alter column sealed_content set data type binary varying(16384);
