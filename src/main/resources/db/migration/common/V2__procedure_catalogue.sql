-- The catalogue of procedure types: what a mandate scope can name and what Relais tracks.
-- Data, not code: the platform operator may relabel or deactivate a row; codes never change.
-- Code scheme: upper snake case naming the permit or procedure; for the main permit types a
-- first request and a renewal are two rows, <X>_PREMIERE and <X>_RENOUVELLEMENT; every other
-- row covers any request of its kind.
-- Seed: reference/procedures.md (the orders that moved procedures onto ANEF, then the procedures
-- the report names as not on ANEF), in that order.
create table procedure_type (
    code             varchar(60)  primary key,
    label_fr         varchar(200) not null,
    label_en         varchar(200) not null,
    family           varchar(40)  not null,
    channel          varchar(20)  not null,
    for_child        boolean      not null,
    victims_entry    boolean      not null,
    ase_entry        boolean      not null,
    legal_reference  varchar(100),
    active           boolean      not null,
    sort_order       integer      not null,
    version          bigint       not null,
    constraint ck_procedure_type_channel check (channel in ('ANEF', 'PREFECTURE', 'OTHER'))
);
create index ix_procedure_type_active on procedure_type (active, sort_order);

-- On ANEF: order of 27 April 2021.
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('ETUDIANT_PREMIERE', 'Titre « étudiant » — première demande', '“Student” residence permit — first application', 'SEJOUR', 'ANEF', false, false, false, 'CESEDA L. 422-1', true, 10, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('ETUDIANT_RENOUVELLEMENT', 'Titre « étudiant » — renouvellement', '“Student” residence permit — renewal', 'SEJOUR', 'ANEF', false, false, false, 'CESEDA L. 422-1', true, 20, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('TALENT_PREMIERE', 'Carte « talent » (passeport talent) — première demande', '“Talent” residence permit (talent passport) — first application', 'SEJOUR', 'ANEF', false, false, false, null, true, 30, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('TALENT_RENOUVELLEMENT', 'Carte « talent » (passeport talent) — renouvellement', '“Talent” residence permit (talent passport) — renewal', 'SEJOUR', 'ANEF', false, false, false, null, true, 40, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('TALENT_FAMILLE_PREMIERE', 'Carte « talent (famille) » — première demande', '“Talent (family)” residence permit — first application', 'SEJOUR', 'ANEF', false, false, false, 'CESEDA L. 421-22, L. 421-23', true, 50, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('TALENT_FAMILLE_RENOUVELLEMENT', 'Carte « talent (famille) » — renouvellement', '“Talent (family)” residence permit — renewal', 'SEJOUR', 'ANEF', false, false, false, 'CESEDA L. 421-22, L. 421-23', true, 60, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('VISITEUR_PREMIERE', 'Titre « visiteur » — première demande', '“Visitor” residence permit — first application', 'SEJOUR', 'ANEF', false, false, false, null, true, 70, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('VISITEUR_RENOUVELLEMENT', 'Titre « visiteur » — renouvellement', '“Visitor” residence permit — renewal', 'SEJOUR', 'ANEF', false, false, false, null, true, 80, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('CITOYEN_UE', 'Titre « citoyen UE/EEE/Suisse »', '“EU/EEA/Swiss citizen” residence document', 'SEJOUR', 'ANEF', false, false, false, null, true, 90, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('REFUGIE_PREMIERE', 'Titre « réfugié » (et membres de famille) — première demande', '“Refugee” residence permit (and family members) — first application', 'ASILE_PROTECTION', 'ANEF', false, false, false, null, true, 100, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('REFUGIE_RENOUVELLEMENT', 'Titre « réfugié » (et membres de famille) — renouvellement', '“Refugee” residence permit (and family members) — renewal', 'ASILE_PROTECTION', 'ANEF', false, false, false, null, true, 110, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('PROTECTION_SUBSIDIAIRE_PREMIERE', 'Titre « bénéficiaire de la protection subsidiaire » (et membres de famille) — première demande', '“Subsidiary protection beneficiary” residence permit (and family members) — first application', 'ASILE_PROTECTION', 'ANEF', false, false, false, null, true, 120, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('PROTECTION_SUBSIDIAIRE_RENOUVELLEMENT', 'Titre « bénéficiaire de la protection subsidiaire » (et membres de famille) — renouvellement', '“Subsidiary protection beneficiary” residence permit (and family members) — renewal', 'ASILE_PROTECTION', 'ANEF', false, false, false, null, true, 130, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('TITRE_IDENTITE_VOYAGE', 'Titre d''identité et de voyage (réfugiés et bénéficiaires de la protection subsidiaire)', 'Identity and travel document (refugees and subsidiary protection beneficiaries)', 'DOCUMENT', 'ANEF', true, false, false, null, true, 140, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('AUTORISATION_TRAVAIL', 'Autorisation de travail', 'Work authorisation', 'TRAVAIL', 'ANEF', false, false, false, null, true, 150, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('DCEM', 'Document de circulation pour étranger mineur (DCEM)', 'Travel document for a foreign minor (DCEM)', 'MINEUR', 'ANEF', true, false, false, null, true, 160, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('DUPLICATA', 'Duplicata d''un titre perdu ou volé', 'Replacement of a lost or stolen permit', 'DOCUMENT', 'ANEF', false, false, false, null, true, 170, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('CHANGEMENT_ADRESSE', 'Changement d''adresse', 'Change of address', 'MODIFICATION', 'ANEF', false, false, false, null, true, 180, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('MODIFICATION_ETAT_CIVIL', 'Modification d''état civil', 'Change of civil status details', 'MODIFICATION', 'ANEF', false, false, false, null, true, 190, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('CHANGEMENT_SITUATION_MATRIMONIALE', 'Changement de situation matrimoniale', 'Change of marital status', 'MODIFICATION', 'ANEF', false, false, false, null, true, 200, 0);

-- On ANEF: order of 31 March 2023.
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('CONJOINT_FRANCAIS_PREMIERE', 'Titre « vie privée et familiale » — conjoint de Français — première demande', '“Private and family life” permit — spouse of a French national — first application', 'FAMILLE', 'ANEF', false, false, false, null, true, 210, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('CONJOINT_FRANCAIS_RENOUVELLEMENT', 'Titre « vie privée et familiale » — conjoint de Français — renouvellement', '“Private and family life” permit — spouse of a French national — renewal', 'FAMILLE', 'ANEF', false, false, false, null, true, 220, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('PARENT_ENFANT_FRANCAIS_PREMIERE', 'Titre « vie privée et familiale » — parent d''enfant français — première demande', '“Private and family life” permit — parent of a French child — first application', 'FAMILLE', 'ANEF', false, false, false, null, true, 230, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('PARENT_ENFANT_FRANCAIS_RENOUVELLEMENT', 'Titre « vie privée et familiale » — parent d''enfant français — renouvellement', '“Private and family life” permit — parent of a French child — renewal', 'FAMILLE', 'ANEF', false, false, false, null, true, 240, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('ENFANT_MAJEUR_A_CHARGE_FRANCAIS', 'Titre « enfant majeur à charge d''un Français »', '“Dependent adult child of a French national” residence permit', 'FAMILLE', 'ANEF', false, false, false, null, true, 250, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('PARENT_A_CHARGE_FRANCAIS', 'Titre « parent à charge d''un Français et de son conjoint »', '“Dependent parent of a French national and their spouse” residence permit', 'FAMILLE', 'ANEF', false, false, false, null, true, 260, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('TRAVAILLEUR_SAISONNIER', 'Carte « travailleur saisonnier »', '“Seasonal worker” residence permit', 'TRAVAIL', 'ANEF', false, false, false, null, true, 270, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('MEMBRE_FAMILLE_UE', 'Titre « membre de famille » d''un citoyen UE/EEE/Suisse', '“Family member” of an EU/EEA/Swiss citizen residence document', 'FAMILLE', 'ANEF', false, false, false, null, true, 280, 0);

-- On ANEF: order of 22 June 2023.
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('REGROUPEMENT_FAMILIAL', 'Conjoint ou enfant entré au titre du regroupement familial', 'Spouse or child admitted through family reunification', 'FAMILLE', 'ANEF', false, false, false, null, true, 290, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('JEUNE_NE_SCOLARISE_EN_FRANCE', 'Jeune de 16 à 21 ans né et scolarisé en France', 'Young person aged 16 to 21, born and schooled in France', 'MINEUR', 'ANEF', true, false, false, null, true, 300, 0);

-- On ANEF: order of 28 September 2023.
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('JEUNE_MAJEUR_ASE', 'Jeune majeur confié à l''aide sociale à l''enfance (ASE) avant 16 ans', 'Young adult entrusted to child welfare (ASE) before the age of 16', 'MINEUR', 'ANEF', false, false, true, null, true, 310, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('VICTIME_TRAITE', 'Victime de traite des êtres humains', 'Victim of human trafficking', 'HUMANITAIRE', 'ANEF', false, true, false, null, true, 320, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('ORDONNANCE_PROTECTION', 'Bénéficiaire d''une ordonnance de protection', 'Beneficiary of a protection order', 'HUMANITAIRE', 'ANEF', false, true, false, null, true, 330, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('VIOLENCES_CONJUGALES', 'Victime de violences conjugales', 'Victim of domestic violence', 'HUMANITAIRE', 'ANEF', false, true, false, null, true, 340, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('MARIAGE_FORCE', 'Victime de mariage forcé', 'Victim of forced marriage', 'HUMANITAIRE', 'ANEF', false, true, false, null, true, 350, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('ETRANGER_MALADE', 'Titre « étranger malade » (raisons de santé)', '“Foreign national with a medical condition” residence permit (health grounds)', 'HUMANITAIRE', 'ANEF', false, false, false, null, true, 360, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('RENTE_ACCIDENT_TRAVAIL', 'Titulaire d''une rente d''accident du travail ou de maladie professionnelle', 'Holder of an annuity for an accident at work or an occupational disease', 'SEJOUR', 'ANEF', false, false, false, null, true, 370, 0);

-- On ANEF: order of 1 July 2024.
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('CARTE_RESIDENT_RENOUVELLEMENT', 'Carte de résident (y compris issue d''un accord bilatéral) — renouvellement', 'Resident card (including under a bilateral agreement) — renewal', 'SEJOUR', 'ANEF', false, false, false, null, true, 380, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('CERTIFICAT_RESIDENCE_ALGERIEN_RENOUVELLEMENT', 'Certificat de résidence algérien de 10 ans — renouvellement', '10-year Algerian residence certificate — renewal', 'SEJOUR', 'ANEF', false, false, false, null, true, 390, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('CARTE_RESIDENT_PERMANENT', 'Carte de résident permanent', 'Permanent resident card', 'SEJOUR', 'ANEF', false, false, false, null, true, 400, 0);

-- Not on ANEF: filed at the prefecture (desk, post or the prefecture's own online form).
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('ETUDIANT_CONCOURS', 'Titre de séjour après un visa « étudiant-concours »', 'Residence permit after an “étudiant-concours” (entrance examination) visa', 'SEJOUR', 'PREFECTURE', false, false, false, null, true, 410, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('RECHERCHE_EMPLOI_CREATION_ENTREPRISE', 'Carte « recherche d''emploi / création d''entreprise »', '“Job seeking / business creation” residence permit', 'SEJOUR', 'PREFECTURE', false, false, false, null, true, 420, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('STAGIAIRE', 'Carte « stagiaire »', '“Trainee” residence permit', 'SEJOUR', 'PREFECTURE', false, false, false, null, true, 430, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('ETUDIANT_PREMIERE_ENTRE_MINEUR', 'Titre « étudiant » — première demande après une entrée en France mineur (visa « mineur scolarisé » ou visa de court séjour)', '“Student” residence permit — first application after entering France as a minor (“mineur scolarisé” long-stay visa or short-stay visa)', 'SEJOUR', 'PREFECTURE', false, false, false, 'CESEDA L. 422-1', true, 440, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('LIENS_PERSONNELS_FAMILIAUX', 'Titre « vie privée et familiale » — liens personnels et familiaux', '“Private and family life” permit — personal and family ties', 'FAMILLE', 'PREFECTURE', false, false, false, 'CESEDA L. 423-23', true, 450, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('MINEUR_ENTRE_AVANT_13_ANS', 'Mineur entré en France avant 13 ans', 'Minor who entered France before the age of 13', 'MINEUR', 'PREFECTURE', true, false, false, null, true, 460, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('SORTIE_PROSTITUTION', 'Parcours de sortie de la prostitution (sans dépôt de plainte)', 'Prostitution exit programme (no complaint filed)', 'HUMANITAIRE', 'PREFECTURE', false, true, false, null, true, 470, 0);
insert into procedure_type (code, label_fr, label_en, family, channel, for_child, victims_entry, ase_entry, legal_reference, active, sort_order, version)
values ('PARENT_ENFANT_MALADE', 'Parent d''enfant malade', 'Parent of a sick child', 'HUMANITAIRE', 'PREFECTURE', false, false, false, null, true, 480, 0);
