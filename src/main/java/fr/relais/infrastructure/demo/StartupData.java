package fr.relais.infrastructure.demo;

import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.model.structure.StructureType;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Data created at start-up:
 *
 * <ul>
 *   <li>bootstrap platform operators ({@code relais.bootstrap.operators} = {@code
 *       issuer|subject|display name}, several separated by {@code ;}), each created if no account
 *       has that identity — the way the first operator of a production installation gets in;
 *   <li>demonstration data ({@code relais.demo.enabled}), created only when the database has no
 *       structure yet: an operator, a prefecture agent and two structures with an administrator and
 *       two social workers each, all at the demo provider ({@code relais.demo.issuer}).
 * </ul>
 *
 * Safe on a cluster: a node that loses the race to create the same rows fails on the unique
 * constraints and leaves the winner's data.
 */
@ApplicationScoped
public class StartupData {

  private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

  @Inject AccountRepository accounts;
  @Inject StructureRepository structures;
  @Inject TimeSource clock;

  @Inject
  @ConfigProperty(name = "relais.bootstrap.operators")
  Optional<String> bootstrapOperators;

  @Inject
  @ConfigProperty(name = "relais.demo.enabled", defaultValue = "false")
  boolean demoEnabled;

  @Inject
  @ConfigProperty(name = "relais.demo.issuer", defaultValue = "http://localhost:8089/relais-staff")
  String demoIssuer;

  @Inject StartupData self;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    try {
      for (String spec : bootstrapOperators.orElse("").split(";")) {
        if (!spec.isBlank()) {
          self.createOperator(spec);
        }
      }
      if (demoEnabled) {
        self.createDemoData();
      }
    } catch (RuntimeException e) {
      LOG.warning("Start-up data not created (another node may have done it): " + e);
    }
  }

  @Transactional
  public void createOperator(String spec) {
    String[] parts = spec.split("\\|", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "relais.bootstrap.operators must be issuer|subject|name[;…]");
    }
    ExternalIdentity identity = new ExternalIdentity(parts[0].trim(), parts[1].trim());
    if (accounts.findByIdentity(identity).isEmpty()) {
      accounts.add(
          new Account(
              AccountId.random(),
              identity,
              parts[2].trim(),
              Role.PLATFORM_OPERATOR,
              null,
              clock.now()));
      LOG.info("Bootstrap platform operator created for issuer " + identity.issuer());
    }
  }

  /** Stable ids, so that demonstrations and tests can name the demo structures. */
  public static StructureId demoStructure(String key) {
    return new StructureId(
        UUID.nameUUIDFromBytes(("relais-demo-structure:" + key).getBytes(StandardCharsets.UTF_8)));
  }

  @Transactional
  public void createDemoData() {
    if (structures.count() > 0) {
      return;
    }
    var now = clock.now();
    var ccas = demoStructure("ccas");
    var asso = demoStructure("asso");
    structures.add(new Structure(ccas, "CCAS de Villeneuve-sur-Lot", StructureType.CCAS, now));
    structures.add(
        new Structure(
            asso, "Association Solidarité Femmes Garonne", StructureType.VICTIM_SUPPORT, now));
    demo("operateur", "Camille Martin", Role.PLATFORM_OPERATOR, null);
    demo("agent.prefecture", "Hugo Bernard", Role.PREFECTURE_AGENT, null);
    demo("admin.ccas", "Nadia Haddad", Role.STRUCTURE_ADMINISTRATOR, ccas);
    demo("ts1.ccas", "Julien Petit", Role.SOCIAL_WORKER, ccas);
    demo("ts2.ccas", "Awa Diallo", Role.SOCIAL_WORKER, ccas);
    demo("admin.asso", "Sophie Laurent", Role.STRUCTURE_ADMINISTRATOR, asso);
    demo("ts1.asso", "Léa Moreau", Role.SOCIAL_WORKER, asso);
    demo("ts2.asso", "Karim Benali", Role.SOCIAL_WORKER, asso);
    LOG.info("Demonstration data created (8 accounts, 2 structures) for issuer " + demoIssuer);
  }

  private void demo(String subject, String name, Role role, StructureId structure) {
    ExternalIdentity identity = new ExternalIdentity(demoIssuer, subject);
    if (accounts.findByIdentity(identity).isEmpty()) {
      accounts.add(new Account(AccountId.random(), identity, name, role, structure, clock.now()));
    }
  }
}
