package fr.relais.infrastructure.demo;

import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.structure.AccreditationDecisionType;
import fr.relais.domain.model.structure.Siret;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureDetails;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.model.structure.StructureType;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The demonstration structures and their members. */
@ApplicationScoped
class DemoStructures {

  @Inject StructureRepository structures;
  @Inject DemoMembers members;
  @Inject TimeSource clock;

  /**
   * The two demonstration structures, accredited for two years by the demo prefecture agent, each
   * with an administrator and two social workers; the operator and the agents.
   */
  void create(StructureId ccas, StructureId asso) {
    var now = clock.now();
    Structure ccasStructure =
        new Structure(
            ccas,
            new StructureDetails(
                "CCAS de Villeneuve-sur-Lot",
                StructureType.CCAS,
                new Siret("26470012300013"),
                "Place de la Libération",
                "47300",
                "Villeneuve-sur-Lot",
                Set.of("47"),
                "ccas@villeneuve.example",
                "05 53 00 00 00"),
            now);
    Structure assoStructure =
        new Structure(
            asso,
            new StructureDetails(
                "Association Solidarité Femmes Garonne",
                StructureType.VICTIM_SUPPORT,
                new Siret("78234567800018"),
                "12 rue du Pont",
                "31000",
                "Toulouse",
                Set.of("31", "47", "82"),
                "contact@sfgaronne.example",
                null),
            now);
    structures.add(ccasStructure);
    structures.add(assoStructure);
    members.demo("operateur", "Camille Martin", Role.PLATFORM_OPERATOR, null);
    members.scopeDemoAgents();
    members.demo("admin.ccas", "Nadia Haddad", Role.STRUCTURE_ADMINISTRATOR, ccas);
    members.demo("ts1.ccas", "Julien Petit", Role.SOCIAL_WORKER, ccas);
    members.protectedCases("ts1.ccas");
    members.identityChecker("ts1.ccas");
    members.demo("ts2.ccas", "Awa Diallo", Role.SOCIAL_WORKER, ccas);
    members.demo("admin.asso", "Sophie Laurent", Role.STRUCTURE_ADMINISTRATOR, asso);
    members.demo("ts1.asso", "Léa Moreau", Role.SOCIAL_WORKER, asso);
    members.protectedCases("ts1.asso");
    members.demo("ts2.asso", "Karim Benali", Role.SOCIAL_WORKER, asso);
    // Both demonstration structures are accredited for two years by the demo prefecture agent.
    UUID agent = members.named("agent.prefecture").id().value();
    var today = clock.today();
    for (Structure s : List.of(ccasStructure, assoStructure)) {
      structures.addDecision(
          s.decide(
              AccreditationDecisionType.ACCREDIT,
              s.departments(),
              today.minusMonths(1),
              today.plusYears(2),
              null,
              agent,
              now,
              today));
    }
  }
}
