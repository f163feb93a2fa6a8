-- Urgency on arrival, whatever the route (A5, C6): a message held in the structure's triage carries
-- its kind, its urgent marker and its due date from the day it arrives, as a filed one does, and
-- the triage lists the most urgent first, then the newest. The level orders them: 2 a decision
-- against the person (refusal, closure, order to leave), 1 any other urgent mail, 0 the rest.
alter table inbound_message add column urgency integer default 0 not null;
update inbound_message
   set urgency = case when urgent and kind = 'DECISION_UNFAVOURABLE' then 2
                      when urgent then 1
                      else 0 end;
-- Keyset pages of a structure's triage by (urgency, received_at, id), all descending: any page is
-- one range of this index, read backwards.
create index ix_inbound_structure_urgency
    on inbound_message (structure_id, status, urgency, received_at, id);
